/**
 * The learner's corrections to an alignment before saving: merge two pairs, split one, or shift an
 * English sentence to the pair before or after. Pure functions on a list of pairs; each returns
 * a new list and leaves pairs it cannot change as they were.
 */

export interface PairDraft {
  readonly tl: readonly string[];
  readonly en: readonly string[];
}

const isEmpty = (pair: PairDraft): boolean => pair.tl.length === 0 && pair.en.length === 0;

function replace(
  pairs: readonly PairDraft[],
  start: number,
  count: number,
  ...inserted: PairDraft[]
): PairDraft[] {
  const next = [...pairs];
  next.splice(start, count, ...inserted.filter((pair) => !isEmpty(pair)));
  return next;
}

export function mergeWithNext(pairs: readonly PairDraft[], index: number): PairDraft[] {
  const first = pairs[index];
  const second = pairs[index + 1];
  if (!first || !second) return [...pairs];
  return replace(pairs, index, 2, {
    tl: [...first.tl, ...second.tl],
    en: [...first.en, ...second.en],
  });
}

/** Splits after the first sentence of each side. A pair of one sentence a side cannot split. */
export function splitPair(pairs: readonly PairDraft[], index: number): PairDraft[] {
  const pair = pairs[index];
  if (!pair || (pair.tl.length < 2 && pair.en.length < 2)) return [...pairs];
  return replace(
    pairs,
    index,
    1,
    { tl: pair.tl.slice(0, 1), en: pair.en.slice(0, 1) },
    { tl: pair.tl.slice(1), en: pair.en.slice(1) },
  );
}

/** Moves the first English sentence of pair `index` to the end of the pair before it. */
export function shiftEnglishToPrevious(pairs: readonly PairDraft[], index: number): PairDraft[] {
  const previous = pairs[index - 1];
  const pair = pairs[index];
  const moved = pair?.en[0];
  if (!previous || !pair || moved === undefined) return [...pairs];
  return replace(
    pairs,
    index - 1,
    2,
    { tl: previous.tl, en: [...previous.en, moved] },
    { tl: pair.tl, en: pair.en.slice(1) },
  );
}

/** Moves the last English sentence of pair `index` to the start of the pair after it. */
export function shiftEnglishToNext(pairs: readonly PairDraft[], index: number): PairDraft[] {
  const pair = pairs[index];
  const next = pairs[index + 1];
  const moved = pair?.en.at(-1);
  if (!pair || !next || moved === undefined) return [...pairs];
  return replace(
    pairs,
    index,
    2,
    { tl: pair.tl, en: pair.en.slice(0, -1) },
    { tl: next.tl, en: [moved, ...next.en] },
  );
}
