// A Spanish word written with ñ is found under the Tagalog spelling with ny (`piña` → pinya), where
// folding the tilde away alone would find another word or none.
import { describe, expect, it } from 'vitest';
import { Lexicon, lookupWord, type LexiconFile } from '../../../src/domain/lexicon';
import { analyze } from '../../../src/domain/morphology/analyze';

const lexicon = new Lexicon([
  {
    format: 'tulay-lexicon',
    version: 1,
    entries: [
      { lemma: 'senyora', pos: ['noun'], senses: ['lady, madam'], origin: 'spanish' },
      { lemma: 'donya', pos: ['noun'], senses: ['lady (title)'], origin: 'spanish' },
      { lemma: 'dona', pos: ['noun'], senses: ['a stand-in word spelled as donya folded'] },
      { lemma: 'kanyon', pos: ['noun'], senses: ['cannon'], origin: 'spanish' },
      { lemma: 'kanila', pos: ['pronoun'], senses: ['theirs'] },
      { lemma: 'inyo', pos: ['pronoun'], senses: ['yours'] },
      { lemma: 'niyon', pos: ['pronoun'], senses: ['of that'], variants: ['nyon'] },
      { lemma: 'parañaque', pos: ['name'], senses: ['Parañaque (city)'] },
      { lemma: 'baño', pos: ['noun'], senses: ['bath (in names)'], origin: 'spanish' },
      // Listed in both orders: the word as written decides, not the order of the lexicon.
      { lemma: 'ano', pos: ['pronoun'], senses: ['what'] },
      { lemma: 'año', pos: ['noun'], senses: ['year (in names)'], origin: 'spanish' },
      { lemma: 'seña', pos: ['noun'], senses: ['sign (in names)'], origin: 'spanish' },
      { lemma: 'sena', pos: ['noun'], senses: ['a stand-in word spelled as seña folded'] },
      { lemma: 'banyo', pos: ['noun'], senses: ['bathroom'], origin: 'spanish' },
      {
        lemma: 'kompanya',
        pos: ['noun'],
        senses: ['company'],
        origin: 'spanish',
        variants: ['compañía'],
      },
      {
        lemma: 'tanyag',
        pos: ['adjective'],
        senses: ['famous'],
        derived: [{ form: 'tanyagin', pos: 'verb', senses: ['make famous'] }],
      },
    ],
  } satisfies LexiconFile,
]);

const lemmas = (word: string): string[] =>
  lookupWord(lexicon, analyze, word).readings.map((reading) => reading.lemma);

describe('a word written with ñ', () => {
  it.each([
    ['señora', 'senyora'],
    ['Señora', 'senyora'],
    ['SEÑORA', 'senyora'],
    ['doña', 'donya'], // before the word its letters fold to
    ['Doña', 'donya'],
  ])('%s is first read as %s', (word, lemma) => expect(lemmas(word)[0]).toBe(lemma));

  it('is still found under its entry spelled with ñ, and written without the tilde', () => {
    expect(lemmas('Parañaque')).toContain('parañaque');
    expect(lemmas('Paranaque')).toContain('parañaque');
  });

  it('is read first as an entry spelled with ñ as it is written', () => {
    expect(lemmas('Baño')).toEqual(['baño', 'banyo']);
  });

  // Its ny spelling (anyo, senya) is no word here: the entry with ñ still comes before the word its
  // letters fold to, and that word comes first where it is written so.
  it.each([
    ['Año', 'año'],
    ['ano', 'ano'],
    ['seña', 'seña'],
    ['sena', 'sena'],
  ])('%s, where its ny spelling finds nothing, is read first as %s', (word, lemma) => {
    expect(lemmas(word)[0]).toBe(lemma);
  });

  it('reports a variant spelled with ñ as it is written, not folded', () => {
    expect(lemmas('Compañía')).toEqual(['compañía']);
  });

  it('keeps the word folded as a later reading', () => {
    expect(lemmas('doña')).toEqual(['donya', 'dona']);
  });

  it('is never read as a Tagalog function word by its ny spelling', () => {
    // kañon → kanyon (cannon), never its ny form as the pronoun niyon under ka-
    expect(lemmas('kañon')[0]).toBe('kanyon');
    expect(lemmas('ñon')).not.toContain('niyon');
  });

  it('keeps the word as written and its affixes on the ny root', () => {
    const result = lookupWord(lexicon, analyze, 'tinanyag');
    expect(result.readings[0]?.lemma).toBe('tanyag');
    const tilde = lookupWord(lexicon, analyze, 'tinañag');
    expect(tilde.word).toBe('tinañag');
    expect(tilde.readings[0]?.lemma).toBe('tanyag');
    expect(tilde.readings[0]?.derived?.form).toBe('tanyagin');
  });

  it('leaves words without ñ as they were', () => {
    expect(lemmas('dona')).toEqual(['dona']);
    expect(lemmas('nyon')).toContain('niyon');
  });
});
