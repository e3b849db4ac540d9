// A sentence's phrases are found once per lexicon and analyzer and given again from then on.
import { describe, expect, it, vi } from 'vitest';
import { findPhrases, Lexicon, type Analyze, type LexiconFile } from '../../../src/domain/lexicon';
import { phraseInput } from '../../../src/domain/lexicon/phraseInput';
import { sentencePhrases } from '../../../src/domain/lexicon/sentencePhrases';
import { analyze } from '../../../src/domain/morphology/analyze';

const file = (lemmas: string[]): LexiconFile => ({
  format: 'tulay-lexicon',
  version: 1,
  entries: lemmas.map((lemma) => ({ lemma, pos: ['phrase'], senses: ['a meaning'] })),
});
const lexicon = new Lexicon([file(['dahil sa', 'para sa', 'hindi pa'])]);
const other = new Lexicon([file(['sa wakas'])]);

const SENTENCES = [
  'Umalis siya dahil sa ulan.',
  'Hindi pa tapos ang trabaho para sa kanila, sa wakas.',
  'Walang parirala rito.',
];

describe('sentencePhrases', () => {
  it.each(SENTENCES)('gives the input and phrases of "%s" as found afresh', (sentence) => {
    const { input, wordPositions, written } = phraseInput(sentence);
    expect(sentencePhrases(lexicon, sentence, analyze)).toEqual({
      input,
      wordPositions,
      written,
      phrases: findPhrases(lexicon, input, analyze),
    });
  });

  it('finds the phrases of a sentence once', () => {
    const counting = vi.fn<Analyze>(analyze);
    const sentence = 'Bumalik sila para sa pista.';
    const first = sentencePhrases(lexicon, sentence, counting);
    const calls = counting.mock.calls.length;
    expect(sentencePhrases(lexicon, sentence, counting)).toBe(first);
    expect(counting.mock.calls.length).toBe(calls);
  });

  it('keeps each lexicon’s phrases apart', () => {
    const sentence = SENTENCES[1]!;
    const lemmas = (found: ReturnType<typeof sentencePhrases>) =>
      found.phrases.map((match) => match.entry.lemma);
    expect(lemmas(sentencePhrases(lexicon, sentence, analyze))).toEqual(['hindi pa', 'para sa']);
    expect(lemmas(sentencePhrases(other, sentence, analyze))).toEqual(['sa wakas']);
  });
});
