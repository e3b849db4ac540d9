// Parts the analyzer uses to be fast, checked on their own: the trie of affix forms, the order of
// the roots reached, chain keys as numbers, reading letters by char code, small word sets, and what
// chains cache of themselves. The analyzer's own tests check that together they give the same
// analyses.
import { describe, expect, it } from 'vitest';
import type { AffixKind } from '../../../src/domain/morphology/analysis';
import { extend, innermostPrefix, pieceOf } from '../../../src/domain/morphology/chain';
import { keyNumber, sameKey } from '../../../src/domain/morphology/chainKeys';
import { codeAt, endsWith } from '../../../src/domain/morphology/chars';
import { CostOrder } from '../../../src/domain/morphology/costOrder';
import { FormTrie } from '../../../src/domain/morphology/formTrie';
import { WordSet } from '../../../src/domain/morphology/wordSet';

describe('FormTrie', () => {
  const prefixes = new FormTrie(['mag', 'ma', 'magpa', 'i', 'ika', 'pa'], (form) => form, 'start');
  const suffixes = new FormTrie(['an', 'han', 'in', 'hin'], (form) => form, 'end');

  it.each([
    ['magpalit', ['mag', 'ma', 'magpa']],
    ['magaral', ['mag', 'ma']],
    ['ikatlo', ['i', 'ika']],
    ['mga', []],
    ['bahay', []],
    ['', []],
  ])('finds the forms %s starts with, in the order given', (word, forms) =>
    expect(prefixes.matching(word)).toEqual(forms),
  );

  it.each([
    ['basahin', ['in', 'hin']],
    ['tawanan', ['an']],
    ['kain', ['in']],
    ['bahay', []],
  ])('finds the forms %s ends with', (word, forms) =>
    expect(suffixes.matching(word)).toEqual(forms),
  );

  it('stops at a letter outside ASCII', () => {
    expect(prefixes.matching('mñ')).toEqual([]);
    expect(prefixes.matching('iñ')).toEqual(['i']);
  });
});

describe('CostOrder', () => {
  const taken = (order: CostOrder): number[] => {
    const indices: number[] = [];
    for (let index = order.next(); index >= 0; index = order.next()) indices.push(index);
    return indices;
  };

  it.each([0, 1, 7, 24, 25, 300])(
    'yields %i indices cheapest first, equal costs in the order found',
    (length) => {
      const costs = Array.from({ length }, (_, index) => ((index * 7919) % 13) / 4 - 1);
      const expected = Array.from({ length }, (_, index) => index).sort(
        (a, b) => costs[a]! - costs[b]!,
      );
      const order = new CostOrder();
      order.reset(costs, length);
      expect(taken(order)).toEqual(expected);
    },
  );

  it('orders only the first `length` costs, when reused for a shorter list', () => {
    const order = new CostOrder();
    order.reset(
      [
        5, 4, 3, 2, 1, 0, -1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13, -14, -15, -16,
        -17, -18, -19, -20,
      ],
      26,
    );
    taken(order);
    order.reset([2, 1, 1, 9], 3);
    expect(taken(order)).toEqual([1, 2, 0]);
  });
});

describe('chain keys', () => {
  it('numbers a key alike every time and different keys differently', () => {
    const first = keyNumber('|pag-pag-');
    expect(keyNumber('|pag-pag-')).toBe(first);
    const other = keyNumber('|ma-ma-');
    expect(other).not.toBe(first);
    expect(sameKey(first, '|pag-pag-', first, '|pag-pag-')).toBe(true);
    expect(sameKey(first, '|pag-pag-', other, '|ma-ma-')).toBe(false);
  });

  it('compares keys numbered in different rounds by their text', () => {
    const before = keyNumber('|infix-um-um-');
    // Enough keys to start a new round of numbers.
    for (let index = 0; index <= 100_000; index++) keyNumber(`|redup-full-${index}`);
    const after = keyNumber('|infix-um-um-');
    expect(after).not.toBe(before);
    expect(sameKey(before, '|infix-um-um-', after, '|infix-um-um-')).toBe(true);
    expect(sameKey(before, '|infix-um-um-', keyNumber('|i-i-'), '|i-i-')).toBe(false);
  });
});

describe('char codes', () => {
  it('reads letters of any kind of string', () => {
    const long = 'nakikipag'.concat('tulungan');
    expect(codeAt(long, 9)).toBe('t'.charCodeAt(0));
    expect(codeAt(long.slice(9), 0)).toBe('t'.charCodeAt(0));
    expect(codeAt('ñ', 0)).toBe(0xf1);
  });

  it('tells whether a word ends with an ending', () => {
    expect(endsWith('kumakaing', 9, 'ng')).toBe(true);
    expect(endsWith("iba't", 5, "'t")).toBe(true);
    expect(endsWith('g', 1, 'ng')).toBe(false);
    expect(endsWith('bahay', 5, 'ng')).toBe(false);
  });
});

describe('WordSet', () => {
  const words = new WordSet(['tulong', 'pulong', 'laban', 'ba']);

  it.each([
    ['tulong', true],
    ['laban', true],
    ['ba', true],
    // Same first and last letters or length as a member, yet not one.
    ['tubong', false],
    ['lamban', false],
    ['bata', false],
    ['pulongg', false],
    ['b', false],
    ['', false],
  ])('%s: %s', (word, expected) => {
    expect(words.has(word)).toBe(expected);
  });

  it('holds nothing when built empty', () => {
    expect(new WordSet([]).has('a')).toBe(false);
  });

  it('joins sets into one holding the words of each', () => {
    const joined = WordSet.union(words, new WordSet(['kailangan', 'umaga']), new WordSet([]));
    for (const word of ['tulong', 'ba', 'kailangan', 'umaga']) expect(joined.has(word)).toBe(true);
    for (const word of ['kailanga', 'umagang', 'tubong']) expect(joined.has(word)).toBe(false);
  });
});

describe('chains', () => {
  const piece = (id: string, kind: AffixKind, form: string) => pieceOf({ id, kind }, form);
  const linker = piece('linker', 'linker', '-ng');
  const mag = piece('mag', 'prefix', 'mag-');
  const copy = piece('redup-syllable', 'reduplication', 'sa-');
  const suffix = piece('suffix-an', 'suffix', '-an');

  it('finds the prefix nearest the root, the same when asked again of a shared chain', () => {
    const outer = extend(extend(undefined, linker), mag);
    const inner = extend(extend(outer, copy), suffix);
    expect(innermostPrefix(inner)?.use).toBe(mag);
    expect(innermostPrefix(inner)?.use).toBe(mag);
    // Extending a chain asked about already: the longer chain has a prefix nearer the root.
    const nearer = piece('pa', 'prefix', 'pa-');
    expect(innermostPrefix(extend(inner, nearer))?.use).toBe(nearer);
    expect(innermostPrefix(extend(extend(undefined, linker), suffix))).toBeUndefined();
    expect(innermostPrefix(undefined)).toBeUndefined();
  });
});
