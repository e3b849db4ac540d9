/**
 * Anchors: evidence, beyond length, that a Tagalog and an English sentence translate each other.
 * Each sentence becomes a bag of features; a bead earns the weight of every feature found on
 * both of its sides. Features are numbers (`31-5` gives 31 and 5, `1,000` is 1000), words
 * shared verbatim (names, `Internet`), cognates (see `cognates.ts`) and, with a dictionary,
 * English senses of the Tagalog words. A number found on only one side of a bead that pairs
 * sentences costs something: translators keep numbers.
 */
import { cognateStem } from './cognates';

export type TagalogDictionary = (tlWord: string) => readonly string[];

export interface AnchorWeights {
  readonly number: number;
  readonly verbatim: number;
  readonly cognate: number;
  readonly dictionary: number;
  /** Cost of a number on one side only of a bead with sentences on both sides. */
  readonly unmatchedNumber: number;
}

export const DEFAULT_ANCHOR_WEIGHTS: AnchorWeights = {
  number: 2,
  verbatim: 1.5,
  cognate: 1,
  dictionary: 0.15,
  unmatchedNumber: 1,
};

type FeatureKind = 'number' | 'verbatim' | 'cognate' | 'dictionary';
type Feature = readonly [FeatureKind, string];

/** Each sentence's feature ids (with repeats); each id's weight and cost when unmatched. */
export interface FeatureTable {
  readonly tl: readonly Int32Array[];
  readonly en: readonly Int32Array[];
  readonly weights: Float64Array;
  readonly unmatched: Float64Array;
  /** Running totals of the weights of each side's features: bounds on what a bead can earn. */
  readonly tlTotals: Float64Array;
  readonly enTotals: Float64Array;
}

function runningTotals(sentences: readonly Int32Array[], weights: Float64Array): Float64Array {
  const totals = new Float64Array(sentences.length + 1);
  sentences.forEach((ids, index) => {
    totals[index + 1] = ids.reduce((sum, id) => sum + weights[id]!, totals[index]!);
  });
  return totals;
}

/** The most a bead can earn from anchors (cheap to compute, to skip hopeless beads). */
export function anchorBound(
  table: FeatureTable,
  tlStart: number,
  tlEnd: number,
  enStart: number,
  enEnd: number,
): number {
  return Math.min(
    table.tlTotals[tlEnd]! - table.tlTotals[tlStart]!,
    table.enTotals[enEnd]! - table.enTotals[enStart]!,
  );
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
const NUMBER = /\d+(?:[.,]\d+)*/gu;
// Words a dictionary sense may carry that say nothing about which sentence it is.
const SENSE_STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'one',
  'someone',
  'something',
  'thing',
  'make',
  'get',
  'have',
  'very',
  'not',
  'who',
  'what',
  'that',
  'this',
  'kind',
  'being',
  'become',
  'cause',
]);

/** A rough English stem, so that a sense (`kill`) meets its inflections (`killed`, `kills`). */
const senseStem = (word: string): string => word.replace(/(?:ing|ed|es|s)$/u, '').slice(0, 5);

function features(sentence: string, dictionary: TagalogDictionary | undefined): Feature[] {
  const found: Feature[] = [];
  for (const [number] of sentence.matchAll(NUMBER)) {
    found.push(['number', number.replace(/[.,]/gu, '').replace(/^0+(?=\d)/u, '')]);
  }
  for (const [word] of sentence.matchAll(WORD)) {
    const lower = word.toLowerCase();
    const capitalised = word !== lower;
    if (lower.length >= 4 || (capitalised && lower.length >= 2)) found.push(['verbatim', lower]);
    if (lower.length >= 5) found.push(['cognate', cognateStem(lower)]);
    for (const sense of dictionary?.(lower) ?? []) {
      for (const [senseWord] of sense.toLowerCase().matchAll(WORD)) {
        if (senseWord.length >= 3 && !SENSE_STOP.has(senseWord))
          found.push(['dictionary', senseStem(senseWord)]);
      }
    }
  }
  return found;
}

/** English words as dictionary features (any word could be a sense). */
function englishDictionaryFeatures(sentence: string): Feature[] {
  const found: Feature[] = [];
  for (const [word] of sentence.matchAll(WORD)) {
    const lower = word.toLowerCase();
    if (lower.length >= 3) found.push(['dictionary', senseStem(lower)]);
  }
  return found;
}

function memoized(dictionary: TagalogDictionary): TagalogDictionary {
  const senses = new Map<string, readonly string[]>();
  return (word) => {
    let found = senses.get(word);
    if (!found) senses.set(word, (found = dictionary(word)));
    return found;
  };
}

export function featureTable(
  tl: readonly string[],
  en: readonly string[],
  dictionary: TagalogDictionary | undefined,
  weights: AnchorWeights = DEFAULT_ANCHOR_WEIGHTS,
): FeatureTable {
  const ids = new Map<string, number>();
  const weightOf: number[] = [];
  const unmatchedOf: number[] = [];
  const idOf = ([kind, value]: Feature): number => {
    const key = `${kind}:${value}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = weightOf.length;
      ids.set(key, id);
      weightOf.push(weights[kind]);
      unmatchedOf.push(kind === 'number' ? weights.unmatchedNumber : 0);
    }
    return id;
  };
  const lookup = dictionary && memoized(dictionary);
  const tlIds = tl.map((sentence) => Int32Array.from(features(sentence, lookup), idOf));
  // A feature only the English has can never match: keep only those the Tagalog has, and numbers.
  const enIds = en.map((sentence) => {
    const all = [
      ...features(sentence, undefined),
      ...(dictionary ? englishDictionaryFeatures(sentence) : []),
    ];
    const kept = all.filter(
      (feature) => feature[0] === 'number' || ids.has(`${feature[0]}:${feature[1]}`),
    );
    return Int32Array.from(kept, idOf);
  });
  const weightArray = Float64Array.from(weightOf);
  return {
    tl: tlIds,
    en: enIds,
    weights: weightArray,
    unmatched: Float64Array.from(unmatchedOf),
    tlTotals: runningTotals(tlIds, weightArray),
    enTotals: runningTotals(enIds, weightArray),
  };
}

/**
 * Scores a bead (`tl` and `en` are sentence index ranges, end exclusive). Writes to `parts` what
 * it earns (the weight of the features found on both sides, counted as often as on the side
 * where they are rarer) and what it costs (numbers on one side only). `scratch` is a zero-filled
 * array as long as the table's weights; it is left zero-filled.
 */
export function anchorParts(
  table: FeatureTable,
  tlStart: number,
  tlEnd: number,
  enStart: number,
  enEnd: number,
  scratch: Int32Array,
  parts: AnchorParts,
): void {
  parts.reward = 0;
  parts.cost = 0;
  if (tlStart === tlEnd || enStart === enEnd) return;
  for (let index = tlStart; index < tlEnd; index++) {
    for (const id of table.tl[index]!) scratch[id]!++;
  }
  for (let index = enStart; index < enEnd; index++) {
    for (const id of table.en[index]!) {
      if (scratch[id]! > 0) {
        scratch[id]!--;
        parts.reward += table.weights[id]!;
      } else {
        parts.cost += table.unmatched[id]!;
      }
    }
  }
  for (let index = tlStart; index < tlEnd; index++) {
    for (const id of table.tl[index]!) {
      if (scratch[id]! > 0) {
        scratch[id]!--;
        parts.cost += table.unmatched[id]!;
      }
    }
  }
}

export interface AnchorParts {
  reward: number;
  cost: number;
}

/** What a bead earns less what it costs (see `anchorParts`). */
export function anchorScore(
  table: FeatureTable,
  tlStart: number,
  tlEnd: number,
  enStart: number,
  enEnd: number,
  scratch: Int32Array,
): number {
  const parts: AnchorParts = { reward: 0, cost: 0 };
  anchorParts(table, tlStart, tlEnd, enStart, enEnd, scratch, parts);
  return parts.reward - parts.cost;
}
