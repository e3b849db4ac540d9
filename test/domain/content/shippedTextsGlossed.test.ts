// Every word of every shipped text gets a glossed entry: through its root, as a derived form, or
// as part of a phrase or multi-word name.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentencesOf, TextSchema } from '../../../src/domain/content';
import { findPhrases, lookupWord } from '../../../src/domain/lexicon';
import { analyze } from '../../../src/domain/morphology/analyze';
import { phraseInput } from '../../../src/domain/lexicon/phraseInput';
import { lexiconFromDisk } from '../../../src/cli/lexiconFromDisk';
import { readTextFiles } from '../../../scripts/content-files';
import { ABBREVIATIONS } from '../../../src/domain/text/tokenize';
import * as v from 'valibot';

const root = join(import.meta.dirname, '../../..');
const lexicon = lexiconFromDisk();

describe('shipped texts', () => {
  for (const files of readTextFiles(root)) {
    const text = v.parse(TextSchema, files.textData);
    it(`${text.id}: every word has a gloss`, () => {
      const unglossed: string[] = [];
      for (const sentence of sentencesOf(text)) {
        const { input, wordPositions } = phraseInput(sentence.text);
        const phrases = findPhrases(lexicon, input, analyze);
        wordPositions.forEach((position, wordIndex) => {
          const word = input[position]!;
          const inPhrase = phrases.some((m) => m.start <= position && position < m.end);
          const { readings } = lookupWord(lexicon, analyze, word);
          if (!inPhrase && readings.length === 0) unglossed.push(`${sentence.id}:${wordIndex}:${word}`);
        });
      }
      expect(unglossed).toEqual([]);
    });
  }
});

describe('abbreviations', () => {
  // The tokenizer keeps these with their full stop (`Gng. Santos`): tapped, each must gloss.
  it('glosses every abbreviation the tokenizer keeps whole', () => {
    const unglossed = [...ABBREVIATIONS].filter(
      (abbreviation) => lookupWord(lexicon, analyze, `${abbreviation}.`).readings.length === 0,
    );
    expect(unglossed).toEqual([]);
  });
});
