import { describe, expect, it } from 'vitest';
import { findPhrases, Lexicon, type Analyze } from '../../../src/domain/lexicon';
import type { Analysis } from '../../../src/domain/morphology/analysis';

const phrase = (lemma: string, pos: 'phrase' | 'name' = 'phrase') => ({
  lemma,
  pos: [pos],
  senses: ['a meaning'],
});
const lexicon = new Lexicon([
  {
    format: 'tulay-lexicon',
    version: 1,
    entries: [
      phrase('sa pamamagitan ng'),
      phrase('sa pamamagitan'),
      phrase("iba't ibang"),
      phrase('nagbibilang ng poste'),
      phrase('kung saan'),
      phrase('ayon sa'),
      phrase('kasama ang'),
      phrase('at iba pa'),
      phrase('wala na'),
      phrase('Bank of China', 'name'),
      // A word that is also written as two, and a phrase also written another way.
      { lemma: 'punong-guro', pos: ['noun'], senses: ['principal'], variants: ['punong guro'] },
      { ...phrase('hanggang sa muli'), variants: ['hanggang sa uli'] },
      { lemma: 'sa', pos: ['preposition'], senses: ['in'] },
    ],
  },
]);
// A stand-in analyzer: verbs of bilang (count) in two aspects, and two words of sama (company).
const ANALYSES: Readonly<Record<string, Partial<Analysis>>> = {
  magbilang: { root: 'bilang', aspect: 'infinitive', focus: 'actor' },
  nagbibilang: { root: 'bilang', aspect: 'incompleted', focus: 'actor' },
  binilang: { root: 'bilang', aspect: 'completed', focus: 'object' },
  kasama: { root: 'sama', posHint: 'noun' },
  pagsasama: { root: 'sama', posHint: 'noun' },
  sumama: { root: 'sama', aspect: 'completed', focus: 'actor' },
};
const analyze: Analyze = (word) => [
  { form: word, root: word, affixes: [], score: 0, ...ANALYSES[word] },
];
const words = (sentence: string) => sentence.split(' ').map((word) => (word === '|' ? null : word));
const found = (sentence: string, withAnalyzer = false) =>
  findPhrases(lexicon, words(sentence), withAnalyzer ? analyze : undefined).map((match) => [
    match.start,
    match.end,
    match.entry.lemma,
  ]);

describe('findPhrases', () => {
  it.each([
    [
      'the longest phrase wins',
      'bumili siya sa pamamagitan ng Alipay',
      [[2, 5, 'sa pamamagitan ng']],
    ],
    ['curly apostrophes and capitals', 'Iba’t ibang piloto', [[0, 2, "iba't ibang"]]],
    ['the linker on the last word', 'kung saang lugar', [[0, 2, 'kung saan']]],
    [
      'several phrases, not overlapping',
      'ayon sa firm sa pamamagitan ng app',
      [
        [0, 2, 'ayon sa'],
        [3, 6, 'sa pamamagitan ng'],
      ],
    ],
    ['a multi-word name', "People's Bank of China", [[1, 4, 'Bank of China']]],
    ['punctuation breaks a phrase', 'ayon | sa kanya', []],
    ['a phrase cut short at the end of the sentence', 'sa', []],
    ['a particle ending a phrase, as it is', 'mga bansa at iba pa', [[2, 5, 'at iba pa']]],
    // A one-syllable particle with the linker is a word of its own.
    ['not a particle with the linker', 'gobyerno at iba pang mga institusyon', []],
    ['nor wala nang', 'wala nang pera', []],
    ['while wala na stays', 'wala na siya', [[0, 2, 'wala na']]],
    // Found by any spelling of several words, the entry's own or a variant's.
    ['a word written as two', 'ang punong guro ng paaralan', [[1, 3, 'punong-guro']]],
    ['with the linker on its last word', 'ang punong gurong bago', [[1, 3, 'punong-guro']]],
    ['a phrase by its other spelling', 'hanggang sa uli', [[0, 3, 'hanggang sa muli']]],
    ['and by its own', 'hanggang sa muli', [[0, 3, 'hanggang sa muli']]],
  ])('%s', (_name, sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it('matches an inflected word of an idiom only when given the analyzer', () => {
    expect(found('magbilang ng poste')).toEqual([]);
    expect(found('magbilang ng poste', true)).toEqual([[0, 3, 'nagbibilang ng poste']]);
  });

  it.each([
    ['a verb in another focus', 'binilang ng poste'],
    ['another noun of the root', 'pagsasama ang bata'],
    ['a verb of a noun’s root', 'sumama ang bata'],
  ])('takes %s for no word of the phrase', (_name, sentence) => {
    expect(found(sentence, true)).toEqual([]);
  });
});
