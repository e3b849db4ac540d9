// `npm run eval:align`: builds documents from runs of consecutive pairs of the development
// sample, splits and aligns their plain texts, and scores the pairs that come back against the
// reference (pair-level precision, recall and F1). Some documents have neighbours merged into
// one sentence on one side, or a sentence dropped from one side. Seeded: runs repeat.
// Options: --seed N; --verbose (prints the wrong and the missed pairs); --baseline-only;
// --clean (only documents without merges or drops); --lexicon (English senses from the project's
// lexicon as anchors); --options '<AlignOptions as JSON>' (to try other weights).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences, type AlignOptions } from '../src/domain/alignment/align';
import { lexiconFromDisk } from '../src/cli/lexiconFromDisk';
import { wordSenses } from '../src/domain/lexicon';
import { analyze } from '../src/domain/morphology/analyze';
import { splitSentences } from '../src/domain/text/splitSentences';
import { devDirectory } from './dev-data';
import { seededRandom } from './seededRandom';

interface Pair {
  readonly tl: string;
  readonly en: string;
}

interface Document {
  readonly tagalog: string;
  readonly english: string;
  readonly reference: readonly Pair[];
  readonly perturbed: boolean;
}

type Splitter = (text: string) => string[];

const normalize = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** Two sentences written as one: the first one's final mark becomes a semicolon. */
function mergeSentences(first: string, second: string): string {
  const trimmed = first.trim();
  const withoutMark = trimmed.replace(/[.!?]+(?=["'”’)]*$)/u, '');
  return `${withoutMark === trimmed ? `${trimmed};` : `${withoutMark.replace(/(["'”’)]*)$/u, ';$1')}`} ${second.trim()}`;
}

function readPairs(): Pair[] | undefined {
  const path = join(devDirectory, 'alt-tl-en-dev.tsv');
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [tl, en] = line.split('\t');
      return { tl: tl!.trim(), en: en!.trim() };
    });
}

function perturb(run: readonly Pair[], random: () => number): Pair[] {
  const pairs: Array<Pair & { touched?: boolean }> = [...run];
  const edits = 1 + Math.floor(random() * 4);
  for (let edit = 0; edit < edits; edit++) {
    const index = Math.floor(random() * pairs.length);
    const pair = pairs[index]!;
    const next = pairs[index + 1];
    if (pair.touched) continue;
    const side = random() < 0.5 ? 'tl' : 'en';
    if (random() < 0.5 && next && !next.touched) {
      const merged: Pair & { touched: boolean } =
        side === 'tl'
          ? { tl: mergeSentences(pair.tl, next.tl), en: `${pair.en} ${next.en}`, touched: true }
          : { tl: `${pair.tl} ${next.tl}`, en: mergeSentences(pair.en, next.en), touched: true };
      pairs.splice(index, 2, merged);
    } else {
      pairs[index] = { ...pair, [side]: '', touched: true };
    }
  }
  return pairs.map(({ tl, en }) => ({ tl, en }));
}

/** Paragraphs of two to six pairs, the same on both sides. */
function documentOf(
  reference: readonly Pair[],
  perturbed: boolean,
  random: () => number,
): Document {
  const tagalog: string[] = [];
  const english: string[] = [];
  for (let start = 0; start < reference.length;) {
    const size = 2 + Math.floor(random() * 5);
    const paragraph = reference.slice(start, start + size);
    tagalog.push(
      paragraph
        .map((pair) => pair.tl)
        .filter(Boolean)
        .join(' '),
    );
    english.push(
      paragraph
        .map((pair) => pair.en)
        .filter(Boolean)
        .join(' '),
    );
    start += size;
  }
  const join = (paragraphs: string[]): string => paragraphs.filter(Boolean).join('\n\n');
  return { tagalog: join(tagalog), english: join(english), reference, perturbed };
}

function buildDocuments(pairs: readonly Pair[], seed: number): Document[] {
  const random = seededRandom(seed);
  const documents: Document[] = [];
  for (let start = 0; start + 20 <= pairs.length;) {
    const length = 20 + Math.floor(random() * 41);
    const run = pairs.slice(start, start + length);
    const perturbed = random() < 0.5;
    documents.push(documentOf(perturbed ? perturb(run, random) : run, perturbed, random));
    start += length;
  }
  return documents;
}

interface Score {
  correct: number;
  predicted: number;
  reference: number;
}

const key = (pair: Pair): string => `${normalize(pair.tl)}\t${normalize(pair.en)}`;

function alignDocument(document: Document, split: Splitter, options: AlignOptions): Pair[] {
  const tl = split(document.tagalog);
  const en = split(document.english);
  return alignSentences(tl, en, options).map((bead) => ({
    tl: bead.tl.map((index) => tl[index]!).join(' '),
    en: bead.en.map((index) => en[index]!).join(' '),
  }));
}

function score(
  documents: readonly Document[],
  split: Splitter,
  options: AlignOptions,
  verbose: boolean,
): Score {
  const total: Score = { correct: 0, predicted: 0, reference: 0 };
  for (const document of documents) {
    const predicted = alignDocument(document, split, options);
    const expected = new Map<string, number>();
    for (const pair of document.reference)
      expected.set(key(pair), (expected.get(key(pair)) ?? 0) + 1);
    for (const pair of predicted) {
      const left = expected.get(key(pair)) ?? 0;
      if (left > 0) {
        expected.set(key(pair), left - 1);
        total.correct++;
      } else if (verbose) {
        console.log(
          `  wrong: ${JSON.stringify({ tl: pair.tl.slice(0, 140), en: pair.en.slice(0, 140) })}`,
        );
      }
    }
    if (verbose) {
      for (const [missed, count] of expected) {
        if (count > 0) console.log(`  missed: ${JSON.stringify(missed.slice(0, 200))}`);
      }
      console.log('  --');
    }
    total.predicted += predicted.length;
    total.reference += document.reference.length;
  }
  return total;
}

function report(name: string, result: Score): void {
  const precision = result.correct / result.predicted;
  const recall = result.correct / result.reference;
  const f1 = (2 * precision * recall) / (precision + recall);
  const percent = (value: number): string => `${(100 * value).toFixed(2)}%`.padStart(8);
  console.log(
    `${name.padEnd(34)} P ${percent(precision)}  R ${percent(recall)}  F1 ${percent(f1)}  (${result.correct}/${result.predicted} predicted, ${result.reference} reference)`,
  );
}

/**
 * The baseline: split after every `.`, `!` or `?` followed by a space; align on lengths only
 * (the same dynamic programming with no anchors and Gale–Church's variance, 6.8).
 */
const naiveSplit: Splitter = (text) =>
  text
    .split(/(?<=[.!?])\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
const lengthOnly: AlignOptions = {
  variance: 6.8,
  anchorWeights: { number: 0, verbatim: 0, cognate: 0, dictionary: 0, unmatchedNumber: 0 },
};

function main(): void {
  const argv = process.argv.slice(2);
  const seedAt = argv.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 6;
  const verbose = argv.includes('--verbose');
  const optionsAt = argv.indexOf('--options');
  const parsed = optionsAt >= 0 ? (JSON.parse(argv[optionsAt + 1] ?? '{}') as AlignOptions) : {};
  const options = argv.includes('--lexicon')
    ? { ...parsed, dictionary: wordSenses(lexiconFromDisk(), analyze) }
    : parsed;
  const pairs = readPairs();
  if (!pairs) {
    console.error(
      'eval:align: the development sample (alt-tl-en-dev.tsv) is not beside the repository.',
    );
    process.exit(2);
  }
  const documents = buildDocuments(pairs, seed).filter(
    (document) => !argv.includes('--clean') || !document.perturbed,
  );
  const clean = documents.filter((document) => !document.perturbed);
  const perturbed = documents.filter((document) => document.perturbed);
  const sentences = documents.reduce((sum, document) => sum + document.reference.length, 0);
  console.log(
    `${documents.length} documents (${perturbed.length} with merges or drops), ${sentences} reference pairs, seed ${seed}`,
  );
  const started = performance.now();
  report('baseline (naive split, lengths)', score(documents, naiveSplit, lengthOnly, false));
  const baselineMs = performance.now() - started;
  if (argv.includes('--baseline-only')) return;
  const ours = performance.now();
  report('splitter + anchors: all', score(documents, splitSentences, options, verbose));
  const oursMs = performance.now() - ours;
  report('  clean documents', score(clean, splitSentences, options, false));
  report('  merges and drops', score(perturbed, splitSentences, options, false));
  report('splitter, lengths only', score(documents, splitSentences, lengthOnly, false));
  report('naive split, anchors', score(documents, naiveSplit, options, false));
  console.log(`time: baseline ${baselineMs.toFixed(0)} ms, ours ${oursMs.toFixed(0)} ms`);
}

main();
