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

  it('leaves any other lemma as it is', () => {
    expect(displayLemma({ lemma: 'tulong', pos: ['noun'], senses: ['Tulong (help)'] })).toBe(
      'tulong',
    );
  });
});
