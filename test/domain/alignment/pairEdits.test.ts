import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergeWithNext,
  shiftEnglishToNext,
  shiftEnglishToPrevious,
  splitPair,
  type PairDraft,
} from '../../../src/domain/alignment/pairEdits';

const pair = (tl: string, en: string): PairDraft => ({
  tl: tl ? tl.split('|') : [],
  en: en ? en.split('|') : [],
});
const show = (pairs: readonly PairDraft[]) =>
  pairs.map((p) => `${p.tl.join('|')} = ${p.en.join('|')}`);

describe('pair edits', () => {
  const pairs = [pair('A1', 'E1|E2'), pair('A2', ''), pair('A3|A4', 'E3|E4')];

  it.each([
    ['merge the first two', () => mergeWithNext(pairs, 0), ['A1|A2 = E1|E2', 'A3|A4 = E3|E4']],
    ['merge past the end changes nothing', () => mergeWithNext(pairs, 2), show(pairs)],
    [
      'split a two-by-two pair',
      () => splitPair(pairs, 2),
      ['A1 = E1|E2', 'A2 = ', 'A3 = E3', 'A4 = E4'],
    ],
    [
      'split a one-to-two pair',
      () => splitPair(pairs, 0),
      ['A1 = E1', ' = E2', 'A2 = ', 'A3|A4 = E3|E4'],
    ],
    ['a one-to-one pair cannot split', () => splitPair([pair('A', 'E')], 0), ['A = E']],
    [
      'shift English to the next pair',
      () => shiftEnglishToNext(pairs, 0),
      ['A1 = E1', 'A2 = E2', 'A3|A4 = E3|E4'],
    ],
    [
      'shift English to the previous pair',
      () => shiftEnglishToPrevious(pairs, 2),
      ['A1 = E1|E2', 'A2 = E3', 'A3|A4 = E4'],
    ],
    [
      'shifting from an empty side changes nothing',
      () => shiftEnglishToPrevious(pairs, 1),
      show(pairs),
    ],
    [
      'a pair left empty disappears',
      () => shiftEnglishToPrevious([pair('A', 'E1'), pair('', 'E2')], 1),
      ['A = E1|E2'],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(show(edit())).toEqual(expected);
  });

  it('never loses, duplicates or reorders a sentence', () => {
    const draft = fc.record({
      tl: fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 }),
      en: fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 }),
    });
    const operations = [mergeWithNext, splitPair, shiftEnglishToNext, shiftEnglishToPrevious];
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 6 }), fc.nat(3), fc.nat(7), (drafts, op, index) => {
        const edited = operations[op]!(drafts, index);
        expect(edited.flatMap((p) => p.tl)).toEqual(drafts.flatMap((p) => p.tl));
        expect(edited.flatMap((p) => p.en)).toEqual(drafts.flatMap((p) => p.en));
      }),
    );
  });
});
