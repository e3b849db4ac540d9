import { describe, expect, it } from 'vitest';
import { Lexicon, lookupWord, type SentenceContext } from '../../../src/domain/lexicon';
import { analyze } from '../../../src/domain/morphology/analyze';

// Stand-in entries: names spelled like a Tagalog word, a derived form or a function word.
const lexicon = new Lexicon([
  {
    format: 'tulay-lexicon',
    version: 1,
    entries: [
      {
        lemma: 'labo',
        pos: ['noun'],
        senses: ['murkiness'],
        derived: [{ form: 'malabo', pos: 'adjective', senses: ['unclear'] }],
      },
      { lemma: 'malabo', pos: ['name'], senses: ['Malabo (a capital city)'] },
      // The name first: the order of the entries decides nothing.
      { lemma: 'kay', pos: ['name'], senses: ['Kay (a given name)'] },
      { lemma: 'kay', pos: ['preposition'], senses: ['to, for (before a personal name)'] },
    ],
  },
]);

const firstSense = (word: string, context?: SentenceContext): string | undefined => {
  const [first] = lookupWord(lexicon, analyze, word, context).readings;
  return first && (first.derived?.senses[0] ?? first.entry.senses[0]);
};

describe('a name spelled like another word', () => {
  it.each<[string, string, SentenceContext | undefined, string]>([
    ['written in lower case: the other word', 'malabo', undefined, 'unclear'],
    ['… in a sentence too', 'malabo', { previous: 'ay' }, 'unclear'],
    ['… a function word too', 'kay', { previous: 'sinabi', next: 'Ana' }, 'to, for'],
    ['capitalised inside a sentence: the name', 'Malabo', { previous: 'sa' }, 'Malabo'],
    ['… before another entry of its spelling', 'Kay', { previous: 'ni', next: 'at' }, 'Kay'],
    ['capitalised before a capitalised word: the name', 'Malabo', { next: 'City' }, 'Malabo'],
    ['capitalised to open a sentence: nothing decided', 'Malabo', { next: 'ang' }, 'unclear'],
  ])('%s (%s)', (_case, word, context, sense) => {
    expect(firstSense(word, context)).toMatch(new RegExp(`^${sense}`, 'u'));
  });

  it('keeps the other readings, in the other order', () => {
    const partsOfSpeech = (word: string, context?: SentenceContext) =>
      lookupWord(lexicon, analyze, word, context).readings.map((reading) => reading.entry.pos[0]);
    expect(partsOfSpeech('Kay', { previous: 'ni' })).toEqual(['name', 'preposition']);
    expect(partsOfSpeech('kay', { previous: 'sinabi' })).toEqual(['preposition', 'name']);
  });
});
