/**
 * What each button of a pair in the preview does, when it can, and where focus goes when the
 * pressed button can do nothing more: a disabled button that keeps focus drops it to the page.
 */
import {
  mergeWithNext,
  shiftEnglishToNext,
  shiftEnglishToPrevious,
  splitPair,
  type PairDraft,
} from '../../domain/alignment/pairEdits';
import { joinEnglishOnlyPairs } from '../../domain/content/userText';

/** In the order the buttons appear. */
export const PAIR_ACTIONS = ['merge', 'split', 'englishUp', 'englishDown'] as const;
export type PairAction = (typeof PAIR_ACTIONS)[number];

export function canApply(pairs: readonly PairDraft[], index: number, action: PairAction): boolean {
  const pair = pairs[index];
  if (!pair) return false;
  const last = index === pairs.length - 1;
  switch (action) {
    case 'merge':
      return !last;
    case 'split':
      // Split after one Tagalog sentence: English split off alone would join this pair again.
      return pair.tl.length >= 2;
    case 'englishUp':
      return index > 0 && pair.en.length > 0;
    case 'englishDown':
      return !last && pair.en.length > 0;
  }
}

function edit(pairs: readonly PairDraft[], index: number, action: PairAction): PairDraft[] {
  switch (action) {
    case 'merge':
      return mergeWithNext(pairs, index);
    case 'split':
      return splitPair(pairs, index);
    case 'englishUp':
      return shiftEnglishToPrevious(pairs, index);
    case 'englishDown':
      return shiftEnglishToNext(pairs, index);
  }
}

/** The pairs after `action`, as the text will be read: never English with no Tagalog. */
export function applyPairAction(
  pairs: readonly PairDraft[],
  index: number,
  action: PairAction,
): PairDraft[] {
  return joinEnglishOnlyPairs(edit(pairs, index, action));
}

export interface PairButton {
  readonly index: number;
  readonly action: PairAction;
}

/**
 * Where focus goes once `action` on pair `index` has given `pairs`: the same button if it still
 * works, else the nearest button of that pair that does (the one before it first), else `null`
 * (nothing in the pair works: the caller picks a place outside it).
 */
export function focusAfterAction(
  pairs: readonly PairDraft[],
  index: number,
  action: PairAction,
): PairButton | null {
  if (pairs.length === 0) return null;
  const pairIndex = Math.min(index, pairs.length - 1);
  const position = PAIR_ACTIONS.indexOf(action);
  for (let distance = 0; distance < PAIR_ACTIONS.length; distance++) {
    for (const candidate of [position - distance, position + distance]) {
      const nearby = PAIR_ACTIONS[candidate];
      if (nearby && canApply(pairs, pairIndex, nearby)) return { index: pairIndex, action: nearby };
    }
  }
  return null;
}
