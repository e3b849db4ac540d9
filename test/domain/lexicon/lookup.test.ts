import { describe, expect, it } from 'vitest';
import {
  Lexicon,
  lookupWord,
  ownGloss,
  withOwnGloss,
  type Analyze,
  type LexiconFile,
} from '../../../src/domain/lexicon';
import type { AffixUse, Analysis } from '../../../src/domain/morphology/analysis';

const lexicon = new Lexicon([
  {
    format: 'tulay-lexicon',
    version: 1,
    entries: [
      {
        lemma: 'sama',
        pos: ['verb'],
        senses: ['go with'],
        derived: [{ form: 'kasama', pos: 'noun', senses: ['companion'] }],
      },
      { lemma: 'basa', pos: ['verb'], senses: ['read'] },
      { lemma: 'paso', pos: ['verb'], senses: ['burn'] },
      { lemma: 'paso', pos: ['noun'], senses: ['flower pot'] },
      { lemma: 'kaniya', pos: ['pronoun'], senses: ['his, her'], variants: ['kanya'] },
      { lemma: 'noon', pos: ['adverb'], senses: ['then'] },
      { lemma: 'tubig', pos: ['noun'], senses: ['water'] },
      { lemma: 'sa', pos: ['preposition'], senses: ['to, in, at'] },
      { lemma: 'tayo', pos: ['pronoun'], senses: ['we (you and I)'] },
      { lemma: 'sila', pos: ['pronoun'], senses: ['they'] },
      { lemma: 'silang', pos: ['verb'], senses: ['rise (of the sun)', 'be born'] },
      {
        lemma: 'puwede',
        pos: ['adjective'],
        senses: ['possible, allowed'],
        origin: 'spanish',
        variants: ['pwede'],
      },
      { lemma: 'tayo', pos: ['verb'], senses: ['stand', 'build'] },
      {
        lemma: 'lawyer',
        pos: ['noun'],
        senses: ['lawyer'],
        origin: 'english',
        variants: ['lawyers'],
      },
      { lemma: 'takap', pos: ['noun'], senses: ['a rare root'] },
      {
        lemma: 'tulong',
        pos: ['noun', 'verb'],
        senses: ['help'],
        derived: [{ form: 'katulong', pos: 'noun', senses: ['helper'] }],
      },
      {
        lemma: 'tulo',
        pos: ['verb'],
        senses: ['drip'],
        derived: [
          { form: 'tumulo', pos: 'verb', senses: ['drip'] },
          { form: 'tumutulo', pos: 'adjective', senses: ['leaking'] },
        ],
      },
      { lemma: 'haba', pos: ['noun'], senses: ['length'] },
      { lemma: 'kaba', pos: ['noun'], senses: ['nervousness'] },
      { lemma: 'pato', pos: ['noun'], senses: ['duck'] },
      { lemma: 'puti', pos: ['adjective'], senses: ['white'] },
      { lemma: 'state', pos: ['noun'], senses: ['state'], origin: 'english' },
      { lemma: 'trick', pos: ['noun'], senses: ['trick'], origin: 'english' },
      { lemma: 'kaban', pos: ['noun'], senses: ['chest, trunk'] },
      { lemma: 'habang', pos: ['conjunction'], senses: ['while'] },
      {
        lemma: 'kabila',
        pos: ['noun'],
        senses: ['the other side'],
        derived: [{ form: 'magkabila', pos: 'adjective', senses: ['on both sides'] }],
      },
      { lemma: 'bilang', pos: ['noun'], senses: ['number'] },
      { lemma: 'amin', pos: ['pronoun'], senses: ['ours'] },
      { lemma: 'nina', pos: ['preposition'], senses: ['of (plural names)'] },
      { lemma: 'ninang', pos: ['noun'], senses: ['godmother'] },
      { lemma: 'bataan', pos: ['name'], senses: ['Bataan (province)'] },
      { lemma: 'dole', pos: ['name'], senses: ['Department of Labor (DOLE)'] },
      { lemma: 'bata', pos: ['noun'], senses: ['child'] },
      { lemma: "iba't iba", pos: ['phrase'], senses: ['various'], variants: ["iba't-iba"] },
      {
        lemma: 'bigay',
        pos: ['verb'],
        senses: ['give'],
        derived: [{ form: 'bigay-alam', pos: 'noun', senses: ['notice'] }],
      },
      {
        lemma: 'amin',
        pos: ['verb'],
        senses: ['admit'],
        derived: [
          { form: 'umamin', pos: 'verb', senses: ['admit'] },
          { form: 'aminin', pos: 'verb', senses: ['admit (something)'] },
          { form: 'pag-amin', pos: 'noun', senses: ['admission'] },
        ],
      },
      { lemma: 'you', pos: ['pronoun'], senses: ['you'], origin: 'english' },
      {
        lemma: 'takip',
        pos: ['noun', 'verb'],
        senses: ['cover', 'lid'],
        derived: [
          { form: 'pantakip', pos: 'noun', senses: ['covering'] },
          { form: 'takipsilim', pos: 'noun', senses: ['dusk'] },
          { form: 'takip-mata', pos: 'noun', senses: ['blindfold'] },
        ],
      },
    ],
  } satisfies LexiconFile,
]);

// A stand-in analyzer with fixed readings: these tests are about ranking, not morphology.
const um: AffixUse = { id: 'infix-um', kind: 'infix', form: '-um-' };
const tu: AffixUse = { id: 'redup-cv', kind: 'reduplication', form: 'tu-' };
const pag: AffixUse = { id: 'pag', kind: 'prefix', form: 'pag-' };
const ma: AffixUse = { id: 'ma', kind: 'prefix', form: 'ma-' };
const mag: AffixUse = { id: 'mag', kind: 'prefix', form: 'mag-' };
const magka: AffixUse = { id: 'magka', kind: 'prefix', form: 'magka-' };
const linker: AffixUse = { id: 'linker', kind: 'linker', form: '-ng' };
const ka: AffixUse = { id: 'ka', kind: 'prefix', form: 'ka-' };
const taga: AffixUse = { id: 'taga', kind: 'prefix', form: 'taga-' };
const linkerG: AffixUse = { id: 'linker', kind: 'linker', form: '-g' };
const analyses: Record<string, Analysis[]> = {
  putin: [
    { form: 'putin', root: 'putin', affixes: [], score: 0 },
    {
      form: 'putin',
      root: 'puti',
      affixes: [{ id: 'suffix-in', kind: 'suffix', form: '-in' }],
      score: 1,
    },
  ],
  patrick: [
    {
      form: 'patrick',
      root: 'trick',
      affixes: [{ id: 'pa', kind: 'prefix', form: 'pa-' }],
      score: 1,
    },
  ],
  states: [
    { form: 'states', root: 'state', affixes: [], score: 1 },
    { form: 'states', root: 'states', affixes: [], score: 0 },
  ],
  // A nasal fused with the root's first consonant: p → n.
  nato: [
    {
      form: 'nato',
      root: 'pato',
      affixes: [{ id: 'nasal', kind: 'prefix', form: 'n-' }],
      score: 1,
    },
  ],
  // A root in a vowel + -ng before the noun written with its n + -g.
  preskong: [
    { form: 'preskong', root: 'presko', affixes: [linker], score: 1 },
    { form: 'preskong', root: 'preskon', affixes: [linkerG], score: 0.5 },
  ],
  // The analyzer ranks the root in n + -g first.
  kabang: [
    { form: 'kabang', root: 'kaban', affixes: [linkerG], score: 1 },
    { form: 'kabang', root: 'kaba', affixes: [linker], score: 0.5 },
  ],
  kasamahan: [
    { form: 'kasamahan', root: 'samah', affixes: [], score: 3 },
    {
      form: 'kasamahan',
      root: 'sama',
      affixes: [{ id: 'ka-an', kind: 'circumfix', form: 'ka-…-an' }],
      score: 2,
    },
  ],
  binasa: [
    {
      form: 'binasa',
      root: 'basa',
      affixes: [{ id: 'in', kind: 'infix', form: '-in-' }],
      aspect: 'completed',
      score: 2,
    },
  ],
  xyzabc: [
    {
      form: 'xyzabc',
      root: 'abc',
      affixes: [{ id: 'xyz', kind: 'prefix', form: 'xyz-' }],
      score: 1,
    },
  ],
  magtatayo: [
    {
      form: 'magtatayo',
      root: 'tayo',
      affixes: [
        { id: 'redup-cv', kind: 'reduplication', form: 'ta-' },
        { id: 'mag', kind: 'prefix', form: 'mag-' },
      ],
      aspect: 'contemplated',
      focus: 'actor',
      posHint: 'verb',
      score: 2,
    },
  ],
  tayong: [
    {
      form: 'tayong',
      root: 'tayo',
      affixes: [{ id: 'linker', kind: 'linker', form: '-ng' }],
      score: 2,
    },
  ],
  // An affixed word whose final ng is the root's or the linker: the analyzer's order, and the
  // readings the lexicon must set right.
  tumulong: [
    { form: 'tumulong', root: 'tulong', affixes: [um], focus: 'actor', score: 2 },
    { form: 'tumulong', root: 'tulo', affixes: [um, linker], focus: 'actor', score: 1.9 },
  ],
  tumulo: [{ form: 'tumulo', root: 'tulo', affixes: [um], focus: 'actor', score: 2 }],
  tumutulong: [
    { form: 'tumutulong', root: 'tulong', affixes: [tu, um], focus: 'actor', score: 2 },
    { form: 'tumutulong', root: 'tulo', affixes: [tu, um, linker], focus: 'actor', score: 1.9 },
  ],
  tumutulo: [{ form: 'tumutulo', root: 'tulo', affixes: [tu, um], focus: 'actor', score: 2 }],
  pagtulong: [
    { form: 'pagtulong', root: 'tulo', affixes: [pag, linker], score: 2 },
    { form: 'pagtulong', root: 'tulong', affixes: [pag], score: 1.9 },
  ],
  mahabang: [
    { form: 'mahabang', root: 'haba', affixes: [ma, linker], score: 2 },
    { form: 'mahabang', root: 'habang', affixes: [ma], score: 1.9 },
  ],
  magkabilang: [
    { form: 'magkabilang', root: 'bilang', affixes: [magka], focus: 'actor', score: 2 },
    { form: 'magkabilang', root: 'kabila', affixes: [mag, linker], score: 1.9 },
  ],
  magkabila: [{ form: 'magkabila', root: 'kabila', affixes: [mag], focus: 'actor', score: 2 }],
  "sa'min": [
    {
      form: "sa'min",
      root: 'amin',
      affixes: [{ id: 'contraction', kind: 'clitic', form: "sa'min" }],
      score: 2,
    },
  ],
  'ipinagbigay-alam': [
    {
      form: 'ipinagbigay-alam',
      root: 'bigay-alam',
      affixes: [
        { id: 'pag', kind: 'prefix', form: 'pag-' },
        { id: 'infix-in', kind: 'infix', form: '-in-' },
        { id: 'i', kind: 'prefix', form: 'i-' },
      ],
      score: 2,
    },
  ],
  // A name under affixes or respelled, next to the word's own reading.
  kabataan: [
    { form: 'kabataan', root: 'bataan', affixes: [ka], score: 2 },
    { form: 'kabataan', root: 'bata', affixes: [ka], score: 1.9 },
  ],
  bataang: [{ form: 'bataang', root: 'bataan', affixes: [{ ...linker, form: '-g' }], score: 2 }],
  'taga-bataan': [{ form: 'taga-bataan', root: 'bataan', affixes: [taga], score: 2 }],
  roles: [{ form: 'roles', root: 'dole', affixes: [], score: 2 }],
  tinakpan: [
    { form: 'tinakpan', root: 'takap', affixes: [], score: 2 },
    { form: 'tinakpan', root: 'takip', affixes: [], score: 1.8 },
  ],
};
const analyze: Analyze = (word) =>
  analyses[word] ?? [{ form: word, root: word, affixes: [], score: 0 }];

describe('lookupWord', () => {
  it.each([
    ['an inflected word reaches its root through the analyzer', 'binasa', 'basa'],
    ['a listed derived form comes first, under its root', 'kasama', 'sama'],
    ['a root the analyzer ranks second is found when the first is unknown', 'kasamahan', 'sama'],
    ['a spelling variant finds its entry', 'kanya', 'kaniya'],
    ['the linker is taken off: -ng', 'kanyang', 'kaniya'],
    ['the linker is taken off: -g after n', 'noong', 'noon'],
    ['… the way the analyzer ranks first', 'kabang', 'kaban'],
    ['case and curly apostrophes do not matter', 'Tubig', 'tubig'],
    ['a pronoun under the linker beats a rare root written the same', 'silang', 'sila'],
    ['… but a marker takes no linker', 'ninang', 'ninang'],
    ['a loanword keeps the spelling it is written in', 'pwede', 'pwede'],
    ['… also under the linker', 'pwedeng', 'pwede'],
    ['… but a plural listed as a variant reports the singular', 'lawyers', 'lawyer'],
    ['a native contraction reports its full form', 'kanya', 'kaniya'],
    ['a root with derived forms beats a rare one ranked close', 'tinakpan', 'takip'],
    ['an affixed root ending in ng beats a listed actor verb + linker', 'tumulong', 'tulong'],
    ['… and a listed -um- adjective + linker', 'tumutulong', 'tulong'],
    ['an affixed root ending in ng beats another root + linker', 'pagtulong', 'tulong'],
    ['… but not a conjunction ending in ng', 'mahabang', 'haba'],
    ['a listed adjective takes the linker', 'magkabilang', 'kabila'],
    ['a phrase written as one word, with the linker', "iba't-ibang", "iba't iba"],
  ])('%s (%s → %s)', (_name, word, lemma) => {
    expect(lookupWord(lexicon, analyze, word).readings[0]?.lemma).toBe(lemma);
  });

  it('reads a listed compound met with affixes of its own as that compound', () => {
    const [best] = lookupWord(lexicon, analyze, 'ipinagbigay-alam').readings;
    expect(best?.lemma).toBe('bigay');
    expect(best?.derived?.form).toBe('bigay-alam');
  });

  it('keeps the derived form and its own meaning', () => {
    const [best] = lookupWord(lexicon, analyze, 'kasama').readings;
    expect(best?.derived?.senses).toEqual(['companion']);
  });

  it('offers every homograph, the one the neighbours call for first', () => {
    const senses = (previous?: string) =>
      lookupWord(lexicon, analyze, 'paso', previous ? { previous } : undefined).readings.map(
        (reading) => reading.entry.senses[0],
      );
    expect(senses()).toEqual(['burn', 'flower pot']);
    expect(senses('ang')).toEqual(['flower pot', 'burn']);
  });

  it.each([
    ['ang', 'hangin'],
    ['mga', 'gulay'],
    ['sa', 'tubig'],
  ])(
    'reads a word with the linker after %s as modifying the next word, not as a noun written the same',
    (previous, next) => {
      const modifiers = new Lexicon([
        {
          format: 'tulay-lexicon',
          version: 1,
          entries: [
            { lemma: 'presko', pos: ['adjective'], senses: ['fresh, cool'] },
            { lemma: 'preskon', pos: ['noun'], senses: ['press conference'] },
          ],
        },
      ]);
      const [best] = lookupWord(modifiers, analyze, 'preskong', { previous, next }).readings;
      expect(best?.lemma).toBe('presko');
    },
  );

  it.each([
    ['magtatayo', 'build'],
    ['tayong', 'we (you and I)'],
    // A contracted word is a function word: sa + the pronoun, not the verb amin.
    ["sa'min", 'ours'],
  ])('picks the homograph the affixes call for: %s', (word, sense) => {
    const [best] = lookupWord(lexicon, analyze, word).readings;
    expect(best?.entry.senses).toContain(sense);
  });

  it.each([
    ['ika-4', '4th', 'ika-'],
    ['ika-21', '21st', 'ika-'],
    ['ika-112', '112th', 'ika-'],
    ['Ika-3', '3rd', 'ika-'],
    ['alas-7', '7 o’clock', 'alas-'],
    ['alas-11:15', '11:15', 'alas-'],
  ])('glosses an ordinal or an hour written with digits: %s', (word, sense, prefix) => {
    const [best] = lookupWord(lexicon, analyze, word).readings;
    expect(best?.entry.senses).toEqual([sense]);
    expect(best?.analysis.affixes.map((affix) => affix.form)).toEqual([prefix]);
  });

  it.each([
    // A short word in capitals, or a capitalised word inside a sentence, is no fused nasal…
    ['NATO', undefined, undefined],
    ['Nato', 'ang', undefined],
    ['Nato', undefined, 'pato'],
    ['nato', 'ang', 'pato'],
    // … and a capitalised word inside a sentence no root with a suffix alone…
    ['Putin', 'si', undefined],
    ['Putin', undefined, 'puti'],
    ['putin', 'si', 'puti'],
    // … but a word built with an infix, or listed as written, or an English plural.
    ['Binasa', 'ang', 'basa'],
    ['Kasama', 'ang', 'sama'],
    ['States', 'united', 'state'],
    // … though not an English root under a Tagalog prefix.
    ['Patrick', 'si', undefined],
    ['patrick', 'si', 'trick'],
  ])(
    'reads a word written like a name as a root only where it builds a word: %s after %s',
    (word, previous, lemma) => {
      const context = previous ? { previous } : undefined;
      expect(lookupWord(lexicon, analyze, word, context).readings[0]?.lemma).toBe(lemma);
    },
  );

  it.each([
    ['Tumulong', 'si'],
    ['Binasa', 'ni'],
    ['Magbasa', 'kay'],
  ])(
    'reads a capitalised word after a personal marker as a name, whatever affix it seems to have: %s after %s',
    (word, previous) => {
      const result = lookupWord(lexicon, analyze, word, { previous });
      expect(result.readings).toEqual([]);
      expect(result.probablyName).toBe(true);
      expect(result.guess?.affixes).toEqual([]);
      expect(result.guess?.root).toBe(word.toLowerCase());
    },
  );

  it('guesses a capitalised word inside a sentence that nothing builds to be itself', () => {
    const result = lookupWord(lexicon, analyze, 'Putin', { previous: 'si' });
    expect(result.readings).toEqual([]);
    expect(result.guess?.root).toBe('putin');
    expect(result.guess?.affixes).toEqual([]);
    expect(result.probablyName).toBe(true);
  });

  it('returns no reading but the best morphological guess for an unknown word', () => {
    const result = lookupWord(lexicon, analyze, 'xyzabc');
    expect(result.readings).toEqual([]);
    expect(result.guess?.root).toBe('abc');
    expect(result.probablyName).toBeUndefined();
  });

  it('reads no Tagalog linker on an English function word', () => {
    expect(lookupWord(lexicon, analyze, 'you').readings[0]?.lemma).toBe('you');
    expect(lookupWord(lexicon, analyze, 'young').readings).toEqual([]);
  });

  it('does not invent readings for words the lexicon lacks', () => {
    expect(lookupWord(lexicon, analyze, 'pusa').readings).toEqual([]);
  });

  it('reads a name only where it is written whole: with the linker, a clitic or a hyphen', () => {
    const lemmas = (word: string) =>
      lookupWord(lexicon, analyze, word).readings.map((reading) => reading.lemma);
    expect(lemmas('kabataan')).toEqual(['bata']);
    expect(lemmas('roles')).toEqual([]);
    expect(lemmas('bataang')).toEqual(['bataan']);
    expect(lemmas('taga-bataan')).toEqual(['bataan']);
  });

  it('gives the parts of a compound it does not list when it knows every part', () => {
    const result = lookupWord(lexicon, analyze, 'Tubig-noon');
    expect(result.readings).toEqual([]);
    expect(result.parts?.map((part) => [part.text, part.reading.lemma])).toEqual([
      ['Tubig', 'tubig'],
      ['noon', 'noon'],
    ]);
  });

  it.each([
    ['a part it does not know', 'tubig-pusa'],
    ['a prefix before the hyphen', 'pang-'],
    ['no hyphen', 'pusa'],
  ])('gives no parts for %s (%s)', (_name, word) => {
    expect(lookupWord(lexicon, analyze, word).parts).toBeUndefined();
  });

  it('gives a listed compound its reading, not its parts', () => {
    const result = lookupWord(lexicon, analyze, 'ipinagbigay-alam');
    expect(result.readings).not.toEqual([]);
    expect(result.parts).toBeUndefined();
  });
});

describe('withOwnGloss', () => {
  it('puts the learner’s meaning first, marked as theirs', () => {
    const gloss = ownGloss('Kasama', 'sama', 'my buddy', new Date('2026-01-01T00:00:00Z'));
    const result = withOwnGloss(lookupWord(lexicon, analyze, 'kasama'), gloss, analyze);
    expect(result.readings[0]).toMatchObject({
      lemma: 'sama',
      own: true,
      entry: { senses: ['my buddy'] },
    });
    expect(result.readings[1]?.derived?.senses).toEqual(['companion']);
  });

  it('gives an unknown word a reading once the learner glosses it', () => {
    const gloss = ownGloss('pusa', 'pusa', 'cat', new Date('2026-01-01T00:00:00Z'));
    expect(
      withOwnGloss(lookupWord(lexicon, analyze, 'pusa'), gloss, analyze).readings.map(
        (reading) => reading.entry.senses[0],
      ),
    ).toEqual(['cat']);
  });

  it('changes nothing without a gloss', () => {
    const result = lookupWord(lexicon, analyze, 'binasa');
    expect(withOwnGloss(result, undefined, analyze)).toBe(result);
  });
});
