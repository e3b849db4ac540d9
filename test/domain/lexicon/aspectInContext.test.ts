import { describe, expect, it } from 'vitest';
import { lexiconFromDisk } from '../../../src/cli/lexiconFromDisk';
import { lookupWord } from '../../../src/domain/lexicon';
import { analyze } from '../../../src/domain/morphology/analyze';
import { contextAt, phraseInput } from '../../../src/domain/lexicon/phraseInput';

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

/** The aspect of the word at `index` in `sentence`, looked up as the reader looks it up. */
function aspectInSentence(sentence: string, word: string): string | undefined {
  const { input, wordPositions } = phraseInput(sentence);
  const position = wordPositions.find((at) => input[at] === word.toLowerCase());
  if (position === undefined) throw new Error(`${word} is not in: ${sentence}`);
  return lookupWord(lexicon, analyze, word, contextAt(input, position)).readings[0]?.analysis
    .aspect;
}

describe('the aspect of an -um- verb further into its sentence', () => {
  it.each([
    // The complement of a verb of starting, trying, deciding, with its actor between them.
    ['Sinubukan ni Ana na lumangoy sa ilog.', 'lumangoy'],
    ['Nagpasya siyang bumili ng bahay.', 'bumili'],
    ['Sinimulang sumulat ng nobela ng guro.', 'sumulat'],
    // A verb joined by o or at to an infinitive is one too.
    ['Maaaring magluto ng hapunan ang mga bata o kumain sa labas.', 'kumain'],
    ['Dapat tayong maglinis ng bahay at tumulong sa kapitbahay.', 'tumulong'],
  ])('%s: %s is the infinitive', (sentence, word) => {
    expect(aspectInSentence(sentence, word)).toBe('infinitive');
  });

  it.each([
    // A relative clause: the man who swam.
    ['Nakita ko ang lalaki na lumangoy sa ilog.', 'lumangoy'],
    // Joined to a completed verb.
    ['Nagluto siya ng hapunan at kumain sa labas.', 'kumain'],
    ['Kumain siya at uminom ng kape.', 'uminom'],
    // A comma ends the clause the earlier verb is in.
    ['Maaaring umulan bukas, at tumakbo ang mga bata.', 'tumakbo'],
  ])('%s: %s stays completed', (sentence, word) => {
    expect(aspectInSentence(sentence, word)).toBe('completed');
  });
});
