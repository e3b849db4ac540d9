import { describe, expect, it } from 'vitest';
import { keepVisible } from '../../../src/domain/vocab/selection';

const rows = (...ids: string[]) => ids.map((id) => ({ id }));

describe('keepVisible', () => {
  it.each([
    ['nothing selected', [], ['a', 'b'], []],
    ['all selected words shown', ['a', 'b'], ['a', 'b', 'c'], ['a', 'b']],
    ['a selected word filtered out', ['a', 'b', 'c'], ['b'], ['b']],
    ['every selected word filtered out', ['a', 'b'], ['c'], []],
    ['nothing shown', ['a'], [], []],
  ])('%s', (_name, selected, shown, kept) => {
    expect([...keepVisible(new Set(selected), rows(...shown))].sort()).toEqual(kept);
  });

  it('returns the same set when nothing is dropped (so a render need not update)', () => {
    const selected = new Set(['a']);
    expect(keepVisible(selected, rows('a', 'b'))).toBe(selected);
  });
});
