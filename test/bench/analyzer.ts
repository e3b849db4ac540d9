// Analyzer throughput in-process: distinct words with an empty memo (cold); unseen running news
// text read once from the start with an empty memo (when the development sample is beside the
// repo), as the CLI and the reader meet words; and the shipped texts over and over (memo warm).
// Distinct words come from the shipped texts and from inflecting the lexicon's roots with common
// affixes, so the set is large and mostly unseen.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLexiconFiles } from '../../src/cli/lexiconFromDisk';
import {
  analyze,
  analyzeUnmemoized,
  clearAnalysisCache,
} from '../../src/domain/morphology/analyze';
import { tokenize } from '../../src/domain/text/tokenize';
import { devDirectory } from '../../scripts/dev-data';
import { median, type BenchResult } from './measure';
import { shippedTextWords } from './shippedWords';

/** The Tagalog side of the development sample's parallel news, as words in reading order. */
export function newsWords(): string[] | undefined {
  const path = join(devDirectory, 'alt-tl-en-dev.tsv');
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line) => tokenize(line.split('\t')[0] ?? ''))
    .flatMap((token) => (token.kind === 'word' ? [token.text] : []));
}

/** Roots of the lexicon with the affixes a news text uses most. */
export function inflectedWords(): string[] {
  const roots = readLexiconFiles()
    .flatMap((file) => file.entries)
    .map((entry) => entry.lemma.toLowerCase())
    .filter((lemma) => /^[a-z]{3,}$/.test(lemma));
  const words: string[] = [];
  for (const lemma of roots) {
    const first = lemma.slice(0, 2);
    words.push(
      lemma,
      `mag${lemma}`,
      `nag${first}${lemma}`,
      `${lemma[0]}um${lemma.slice(1)}`,
      `${lemma[0]}in${lemma.slice(1)}`,
      `${lemma}in`,
      `ka${lemma}an`,
      `pag${lemma}`,
      `naka${lemma}`,
      `${lemma}ng`,
    );
  }
  return words;
}

// Each rate is the median of five passes, in two clocks: the process's CPU time, which other work
// on the machine does not skew but which counts the garbage collector's threads too, and the time
// a caller waits (wall clock).
interface Rates {
  readonly cpu: number;
  readonly wall: number;
}

/** `cold`: the memo cleared before each pass; `unmemoized`: no memo, as the command line runs. */
type Memo = 'warm' | 'cold' | 'unmemoized';

function wordsPerSecond(words: readonly string[], rounds: number, memo: Memo): Rates {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (memo === 'cold') clearAnalysisCache();
    const start = process.cpuUsage();
    const started = performance.now();
    // Two loops, not one calling either function: the warm loop's call stays inlined.
    if (memo === 'unmemoized') for (const word of words) analyzeUnmemoized(word);
    else for (const word of words) analyze(word);
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(start);
    cpu.push(words.length / ((used.user + used.system) / 1e6));
    wall.push(words.length / (elapsed / 1e3));
  }
  return { cpu: median(cpu), wall: median(wall) };
}

/** One result per clock. */
const both = (name: string, rates: Rates): BenchResult[] => [
  { name: `${name} (CPU time)`, value: rates.cpu, unit: 'words/s' },
  { name: `${name} (wall clock)`, value: rates.wall, unit: 'words/s' },
];

export async function benchAnalyzer(): Promise<BenchResult[]> {
  const running = shippedTextWords();
  const distinct = [
    ...new Set([...inflectedWords(), ...running.map((word) => word.toLowerCase())]),
  ];
  wordsPerSecond(distinct, 2, 'cold'); // warm-up (JIT)
  clearAnalysisCache();
  const unmemoized = wordsPerSecond(distinct, 5, 'unmemoized');
  const cold = wordsPerSecond(distinct, 5, 'cold');
  clearAnalysisCache();
  const text = Array.from(
    { length: Math.max(1, Math.ceil(1_000_000 / running.length)) },
    () => running,
  ).flat();
  const warm = wordsPerSecond(text, 5, 'warm');
  const news = newsWords();
  const firstPass = news ? wordsPerSecond(news, 5, 'cold') : undefined;
  return [
    ...both(`analyzer cold: ${distinct.length} distinct words, memo cleared`, cold),
    ...both(`analyzer cold: the same words, no memo (as the command line)`, unmemoized),
    ...(news && firstPass
      ? both(`analyzer: unseen news read once, ${news.length} words, memo empty`, firstPass)
      : []),
    ...both(`analyzer warm: the shipped texts again and again, ${text.length} words`, warm),
  ];
}
