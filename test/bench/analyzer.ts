// Analyzer throughput in-process: distinct words with an empty memo (cold); unseen running news
// text read once from the start with an empty memo (when the development sample is beside the
// repo), as the CLI and the reader meet words, for whole analyses and for the candidate roots
// alone (what the command line prints, and what a deinflector gives); and the shipped texts over
// and over (memo warm).
// Distinct words come from the shipped texts and from inflecting the lexicon's roots with common
// affixes, so the set is large and mostly unseen. Each figure is measured in a fresh process, from
// the analyzer bundled as the app and the command line run it (./analyzerPass), so that neither
// the bench's own modules nor what one figure leaves on the heap weigh on the next.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLexiconFiles } from '../../src/cli/lexiconFromDisk';
import { tokenize } from '../../src/domain/text/tokenize';
import { devDirectory } from '../../scripts/dev-data';
import type { Memo, Rates } from './analyzerPass';
import { bundleScript, runScript } from './bundled';
import type { BenchResult } from './measure';
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

/** The rates of `rounds` passes over `words` (see ./analyzerPass), in a fresh process. */
function wordsPerSecond(
  bundle: string,
  words: readonly string[],
  rounds: number,
  memo: Memo,
): Rates {
  return runScript<Rates>(bundle, `analyzer-${memo}.txt`, words, memo, String(rounds));
}

/** One result per clock. */
const both = (name: string, rates: Rates): BenchResult[] => [
  { name: `${name} (CPU time)`, value: rates.cpu, unit: 'words/s' },
  { name: `${name} (wall clock)`, value: rates.wall, unit: 'words/s' },
];

export async function benchAnalyzer(): Promise<BenchResult[]> {
  const bundle = await bundleScript('test/bench/analyzerPass.ts');
  const running = shippedTextWords();
  const distinct = [
    ...new Set([...inflectedWords(), ...running.map((word) => word.toLowerCase())]),
  ];
  const unmemoized = wordsPerSecond(bundle, distinct, 5, 'unmemoized');
  const cold = wordsPerSecond(bundle, distinct, 5, 'cold');
  const text = Array.from(
    { length: Math.max(1, Math.ceil(1_000_000 / running.length)) },
    () => running,
  ).flat();
  const warm = wordsPerSecond(bundle, text, 5, 'warm');
  const news = newsWords();
  const firstPass = news ? wordsPerSecond(bundle, news, 5, 'cold') : undefined;
  const firstPassRoots = news ? wordsPerSecond(bundle, news, 5, 'roots') : undefined;
  return [
    ...both(`analyzer cold: ${distinct.length} distinct words, memo cleared`, cold),
    ...both(
      `analyzer cold: the same words, candidate roots, no memo (as the command line)`,
      unmemoized,
    ),
    ...(news && firstPass
      ? both(`analyzer: unseen news read once, ${news.length} words, memo empty`, firstPass)
      : []),
    ...(news && firstPassRoots
      ? both(`analyzer: the same news, candidate roots only, memo empty`, firstPassRoots)
      : []),
    ...both(`analyzer warm: the shipped texts again and again, ${text.length} words`, warm),
  ];
}
