// A derived verb the lexicon lists is recognised in every aspect, with the real analyzer.
import { describe, expect, it } from 'vitest';
import { Lexicon, lookupWord, type LexiconFile } from '../../../src/domain/lexicon';
import { analyze } from '../../../src/domain/morphology/analyze';

const lexicon = new Lexicon([
  {
    format: 'tulay-lexicon',
    version: 1,
    entries: [
      {
        lemma: 'luto',
        pos: ['noun', 'verb'],
        senses: ['cooking'],
        derived: [
          { form: 'magluto', pos: 'verb', senses: ['cook'] },
          { form: 'lutuan', pos: 'noun', senses: ['stove'] },
        ],
      },
      {
        lemma: 'sulat',
        pos: ['noun', 'verb'],
        senses: ['letter'],
        derived: [{ form: 'isulat', pos: 'verb', senses: ['write down'] }],
      },
      {
        lemma: 'kain',
        pos: ['verb'],
        senses: ['eating'],
        derived: [{ form: 'kainin', pos: 'verb', senses: ['eat (something)'] }],
      },
      {
        lemma: 'lipad',
        pos: ['noun'],
        senses: ['flight'],
        derived: [{ form: 'lumipad', pos: 'verb', senses: ['fly'] }],
      },
      {
        lemma: 'lawak',
        pos: ['noun'],
        senses: ['extent'],
        derived: [{ form: 'palawakin', pos: 'verb', senses: ['expand'] }],
      },
      {
        lemma: 'ganda',
        pos: ['noun'],
        senses: ['beauty'],
        derived: [{ form: 'maganda', pos: 'adjective', senses: ['beautiful'] }],
      },
      {
        lemma: 'hanap',
        pos: ['verb'],
        senses: ['search'],
        derived: [{ form: 'mahanapan', pos: 'verb', senses: ['be found to have'] }],
      },
      {
        lemma: 'buti',
        pos: ['noun'],
        senses: ['goodness'],
        derived: [{ form: 'mabuti', pos: 'adjective', senses: ['good'] }],
      },
      {
        lemma: 'abot',
        pos: ['verb'],
        senses: ['reach'],
        derived: [{ form: 'iabot', pos: 'verb', senses: ['hand over'] }],
      },
      {
        lemma: 'laba',
        pos: ['noun'],
        senses: ['laundry'],
        derived: [{ form: 'maglaba', pos: 'verb', senses: ['do the laundry'] }],
      },
      {
        lemma: 'lathala',
        pos: ['noun'],
        senses: ['publication'],
        derived: [
          { form: 'ilathala', pos: 'verb', senses: ['publish'] },
          { form: 'mailathala', pos: 'verb', senses: ['get published'] },
        ],
      },
      // Roots with another spelling, and a derived form written in one or the other
      {
        lemma: 'kumpirma',
        pos: ['noun'],
        senses: ['confirmation'],
        variants: ['kompirma'],
        derived: [{ form: 'kumpirmahin', pos: 'verb', senses: ['confirm (something)'] }],
      },
      {
        lemma: 'kontrol',
        pos: ['noun'],
        senses: ['control'],
        variants: ['kuntrol'],
        derived: [{ form: 'kuntrolin', pos: 'verb', senses: ['control (something)'] }],
      },
      // Causatives with pa-: made able with ma- (mapa-), by a mood of pa-…-in and pa-…-an verbs
      {
        lemma: 'uwi',
        pos: ['verb'],
        senses: ['go home'],
        derived: [{ form: 'pauwiin', pos: 'verb', senses: ['send home'] }],
      },
      {
        lemma: 'totoo',
        pos: ['adjective'],
        senses: ['true'],
        derived: [{ form: 'patotohanan', pos: 'verb', senses: ['confirm as true'] }],
      },
      {
        lemma: 'saya',
        pos: ['noun'],
        senses: ['joy'],
        derived: [{ form: 'pasayahin', pos: 'verb', senses: ['make happy'] }],
      },
      {
        lemma: 'sigang',
        pos: ['verb'],
        senses: ['boil in a sour broth'],
        derived: [{ form: 'sinigang', pos: 'noun', senses: ['sour soup'] }],
      },
      // i- verbs of pag- and pang-, said without the i- in the completed aspect
      {
        lemma: 'diwang',
        pos: ['noun'],
        senses: ['festivity'],
        derived: [{ form: 'ipagdiwang', pos: 'verb', senses: ['celebrate'] }],
      },
      {
        lemma: 'tanggol',
        pos: ['noun'],
        senses: ['defence'],
        derived: [{ form: 'ipagtanggol', pos: 'verb', senses: ['defend'] }],
      },
      {
        lemma: 'bayad',
        pos: ['noun'],
        senses: ['payment'],
        derived: [{ form: 'ipambayad', pos: 'verb', senses: ['pay with'] }],
      },
      {
        lemma: 'sakay',
        pos: ['verb'],
        senses: ['ride'],
        derived: [{ form: 'ipasakay', pos: 'verb', senses: ['have (something) carried aboard'] }],
      },
      {
        lemma: 'hiwalay',
        pos: ['adjective'],
        senses: ['separate'],
        derived: [
          { form: 'paghiwalayin', pos: 'verb', senses: ['separate (two things)'] },
          { form: 'ipaghiwalay', pos: 'verb', senses: ['(stand-in) the i- verb'] },
        ],
      },
    ],
  } satisfies LexiconFile,
]);

const firstMeaning = (word: string): string | undefined => {
  const reading = lookupWord(lexicon, analyze, word).readings[0];
  return reading?.derived?.senses[0] ?? reading?.entry.senses[0];
};

describe('a listed derived verb in another aspect', () => {
  it.each([
    ['nagluto', 'cook'],
    ['nagluluto', 'cook'],
    ['magluluto', 'cook'],
    ['isinulat', 'write down'],
    ['isusulat', 'write down'],
    ['kinain', 'eat (something)'], // -in- alone is the completed aspect of an -in verb
    ['kinakain', 'eat (something)'],
    ['nahanapan', 'be found to have'], // na-…-an is the completed ma-…-an
    ['pinalawak', 'expand'], // pa- with -in- is the completed pa-…-in
    ['lilipad', 'fly'], // a copied syllable alone is the contemplated -um- verb
    ['magagandang', 'beautiful'], // a copied syllable makes an adjective plural
    ['pinakamaganda', 'beautiful'], // pinaka- is the adjective at its most
    ['napakabuti', 'good'], // napaka- (very) stands for the adjective's ma-
    ['napakagandang', 'beautiful'],
    ['kasingganda', 'beautiful'], // kasing- (as … as) too
    ['kasimbuti', 'good'],
    ['magkasingganda', 'beautiful'], // mag- + kasing- (alike in…)
    ['naganda', 'beauty'], // a ma- adjective has no completed na- form
    ['iniluto', 'cooking'], // i- + luto is not listed: the root's meaning
    ['luto', 'cooking'], // the bare root is no form of a derived verb
    ['sigang', 'boil in a sour broth'], // a derived noun (sinigang) is not matched without -in-
    // mapa- (make) is no form of a ma- adjective, though mabuti reads also as m- + pa- + buti
    ['napabuti', 'goodness'],
    ['mabubuti', 'good'],
    // the abilitative is a mood of the verb it is built on: mai- of i-, maka- + pag- of mag-
    ['naiabot', 'hand over'],
    ['maiaabot', 'hand over'],
    ['makapaglalaba', 'do the laundry'],
    ['nakapaglaba', 'do the laundry'],
    // a listed form with the word's own pieces comes first
    ['nailathala', 'get published'],
    ['inilathala', 'publish'],
    // the same root in another of its spellings: the listed form's or the lemma's
    ['kinompirma', 'confirm (something)'],
    ['kinukumpirma', 'confirm (something)'],
    ['kinokontrol', 'control (something)'],
    ['kinuntrol', 'control (something)'],
    ['mapauwi', 'send home'],
    ['napauwi', 'send home'],
    ['napatotohanan', 'confirm as true'],
    ['masaya', 'joy'], // ma- alone is no mood of pa-…-in: an adjective stays one
    // magsipag- (several actors) makes mag- plural
    ['nagsipagluto', 'cook'],
    ['magsisipagluto', 'cook'],
    ['nagsipaglaba', 'do the laundry'],
    // pinag-, pinang-: the i- verb said without its i-, where no pag-…-in verb is listed
    ['pinagdiwang', 'celebrate'],
    ['ipinagdiwang', 'celebrate'],
    ['pinagtatanggol', 'defend'],
    ['pinambayad', 'pay with'],
    ['pinaghiwalay', 'separate (two things)'], // paghiwalayin is listed: its completed form
    ['pinasakay', 'ride'], // pina- is pa-…-in's, not ipa- without its i-
    ['nagdiwang', 'festivity'], // nag- is no form of an i- verb
  ])('%s: %s', (word, meaning) => expect(firstMeaning(word)).toBe(meaning));

  it('keeps the root as the lemma', () => {
    const reading = lookupWord(lexicon, analyze, 'nagluluto').readings[0];
    expect(reading?.lemma).toBe('luto');
    expect(reading?.derived?.form).toBe('magluto');
  });
});
