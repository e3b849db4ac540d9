import { describe, expect, it } from 'vitest';
import { lexiconFromDisk } from '../../../src/cli/lexiconFromDisk';
import { lookupWord } from '../../../src/domain/lexicon';
import { analyze } from '../../../src/domain/morphology/analyze';

const lexicon = lexiconFromDisk();
const firstReading = (word: string) => lookupWord(lexicon, analyze, word).readings[0]?.analysis;

describe('the aspect of a ma- word the lexicon lists as a verb', () => {
  it.each([
    ['masira', 'infinitive'],
    ['mahuli', 'infinitive'],
    ['masisira', 'contemplated'],
    ['matutulog', 'contemplated'],
    ['maliligo', 'contemplated'],
  ])('%s: %s', (word, aspect) => {
    const analysis = firstReading(word);
    expect(analysis?.affixes.at(-1)?.id).toBe('ma');
    expect(analysis?.aspect).toBe(aspect);
    expect(analysis?.posHint).toBe('verb');
    // Whether the subject does or undergoes it differs from verb to verb.
    expect(analysis?.focus).toBeUndefined();
  });

  it.each(['mabait', 'matatalino', 'malalaki'])('%s, an adjective, has none', (word) => {
    const analysis = firstReading(word);
    expect(analysis?.aspect).toBeUndefined();
    expect(analysis?.posHint).toBe('adjective');
  });
});
