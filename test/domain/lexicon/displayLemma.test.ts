import { describe, expect, it } from 'vitest';
import { displayLemma } from '../../../src/domain/lexicon';

const name = (lemma: string, sense: string) => ({ lemma, pos: ['name' as const], senses: [sense] });

describe('displayLemma', () => {
  it.each([
    [name('rmb', 'RMB, renminbi (Chinese currency)'), 'RMB'],
    [name('deped', 'Department of Education (DepEd)'), 'DepEd'],
    [name("people's bank of china", 'People’s Bank of China (PBOC)'), 'People’s Bank of China'],
    // Only whole words: `li` is not the li of "Lima".
    [name('li', 'Lima, Li Po'), 'Li'],
    // Not spelled out in the sense: the lemma as kept.
    [name('pboc', 'People’s Bank of China'), 'pboc'],
  ])('%o → %s', (entry, shown) => {
    expect(displayLemma(entry)).toBe(shown);
  });

  it.each([
    ['pboc', 'PBOC', 'PBOC'],
    ['maynila', 'Maynilang', 'Maynila'],
    ['jingdong', 'Jingdong', 'Jingdong'],
    ['bsp', 'BSP’s', 'BSP'],
    // Written in lower case in the text: nothing to learn from it.
    ['maynila', 'maynila', 'maynila'],
    // Not the lemma's letters (a name filed under another spelling).
    ['malakanyang', 'Malacañang', 'malakanyang'],
  ])('%s, written %s in the text, is shown %s', (lemma, written, shown) => {
    expect(displayLemma(name(lemma, 'A name not spelled in its sense'), written)).toBe(shown);
  });

  it('keeps the spelling its sense gives over the text’s', () => {
    expect(displayLemma(name('rmb', 'RMB, renminbi'), 'Rmb')).toBe('RMB');
  });

  it('leaves any other lemma as it is', () => {
    expect(
      displayLemma({ lemma: 'tulong', pos: ['noun'], senses: ['Tulong (help)'] }, 'Tulong'),
    ).toBe('tulong');
  });
});
