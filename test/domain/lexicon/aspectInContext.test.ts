import { describe, expect, it } from 'vitest';
import { lexiconFromDisk } from '../../../src/cli/lexiconFromDisk';
import { lookupWord } from '../../../src/domain/lexicon';
import { analyze } from '../../../src/domain/morphology/analyze';

const lexicon = lexiconFromDisk();
const aspectOf = (word: string, previous?: string) =>
  lookupWord(lexicon, analyze, word, previous ? { previous } : undefined).readings[0]?.analysis
    .aspect;

describe('the aspect of an -um- verb in its sentence', () => {
  it.each([
    ['tumakbo', 'upang'],
    ['lumangoy', 'bago'],
    ['sumulat', 'maaaring'],
    ['bumili', 'huwag'],
  ])('%s after %s is the infinitive', (word, previous) => {
    expect(aspectOf(word, previous)).toBe('infinitive');
  });

  it.each([
    ['tumakbo', 'siya'],
    ['lumangoy', undefined],
    // After `na` the verb may be a relative clause: the man who swam.
    ['lumangoy', 'na'],
  ])('%s after %s stays completed', (word, previous) => {
    expect(aspectOf(word, previous)).toBe('completed');
  });

  it('leaves a copied syllable’s aspect alone (tumatakbo, running)', () => {
    expect(aspectOf('tumatakbo', 'upang')).toBe('incompleted');
  });
});
