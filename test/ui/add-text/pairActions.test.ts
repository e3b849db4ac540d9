import { describe, expect, it } from 'vitest';
import type { PairDraft } from '../../../src/domain/alignment/pairEdits';
import {
  applyPairAction,
  canApply,
  focusAfterAction,
  PAIR_ACTIONS,
  type PairAction,
} from '../../../src/ui/add-text/pairActions';

/** `'ab|x'`: a pair of Tagalog sentences a, b and English x. */
const pairs = (...rows: string[]): PairDraft[] =>
  rows.map((row) => {
    const [tl = '', en = ''] = row.split('|');
    return { tl: [...tl], en: [...en] };
  });

describe('focusAfterAction', () => {
  it.each<[string, PairDraft[], number, PairAction, ReturnType<typeof focusAfterAction>]>([
    [
      'a button that still works keeps focus',
      pairs('a|x', 'b|y', 'c|z'),
      0,
      'merge',
      { index: 0, action: 'merge' },
    ],
    [
      'Merge that made the last pair goes to its Split',
      pairs('ab|xy'),
      0,
      'merge',
      { index: 0, action: 'split' },
    ],
    [
      'Split that left one sentence a side goes to Merge',
      pairs('a|x', 'b|y'),
      0,
      'split',
      { index: 0, action: 'merge' },
    ],
    [
      'Split of the last pair goes to Move English up',
      pairs('a|x', 'b|y', 'c|z'),
      2,
      'split',
      { index: 2, action: 'englishUp' },
    ],
    [
      'Move English down that emptied the English goes to the nearest that works',
      pairs('a|', 'b|xy'),
      0,
      'englishDown',
      { index: 0, action: 'merge' },
    ],
    [
      'a pair that is gone hands focus to the last pair',
      pairs('ab|xy'),
      1,
      'englishUp',
      { index: 0, action: 'split' },
    ],
    ['a pair where nothing works leaves the choice to the page', pairs('a|x'), 0, 'merge', null],
    ['no pairs at all', [], 0, 'merge', null],
  ])('%s', (_name, after, index, action, expected) => {
    expect(focusAfterAction(after, index, action)).toEqual(expected);
  });
});

describe('applyPairAction', () => {
  // The reader shows English only beside Tagalog: the preview must never show it alone.
  it('never leaves English without Tagalog, and offers no Split that would', () => {
    const start = pairs('a|x', 'b|yz', 'cd|w');
    expect(canApply(start, 1, 'split')).toBe(false);
    for (const [index] of start.entries()) {
      for (const action of PAIR_ACTIONS) {
        const after = applyPairAction(start, index, action);
        expect(after.every((pair) => pair.tl.length > 0)).toBe(true);
        if (canApply(start, index, action)) expect(after).not.toEqual(start);
      }
    }
  });

  it('splits a pair of two Tagalog sentences, the rest of the English going with the second', () => {
    expect(applyPairAction(pairs('ab|xyz'), 0, 'split')).toEqual(pairs('a|x', 'b|yz'));
  });
});
