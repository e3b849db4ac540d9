import { describe, expect, it } from 'vitest';
import { lexiconFromDisk } from '../../../src/cli/lexiconFromDisk';
import { lookupWord, otherReadings } from '../../../src/domain/lexicon';
import { analyze } from '../../../src/domain/morphology/analyze';

const lexicon = lexiconFromDisk();
const others = (word: string): string[] =>
  otherReadings(lookupWord(lexicon, analyze, word).readings).map(
    (reading) => `${reading.derived?.form ?? reading.lemma}`,
  );

describe('otherReadings', () => {
  // Far-fetched readings the lookup keeps are not offered as other meanings.
  it.each([
    ['kahit', 'ahit'],
    ['kaya', 'aya'],
    ['bilang', 'bili'],
    ['pagkain', 'pagka-'],
  ])('leaves out a far-fetched reading of %s: %s', (word, farFetched) => {
    expect(lookupWord(lexicon, analyze, word).readings.map((reading) => reading.lemma)).toContain(
      farFetched,
    );
    expect(others(word)).not.toContain(farFetched);
  });

  it.each([
    // Both listed as written: homographs.
    ['tayo', 'tayo'],
    // The word with its linker taken off, close behind the word as written.
    ['lamang', 'laman'],
  ])('keeps a close reading of %s: %s', (word, close) => {
    expect(others(word)).toContain(close);
  });

  it('offers nothing beside a lone reading, and nothing for no reading', () => {
    expect(others('dahil')).toEqual([]);
    expect(otherReadings([])).toEqual([]);
  });
});
