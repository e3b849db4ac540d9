// Prefixes that build nouns, adjectives and numerals, and the inner prefixes of verbal chains
// (`pa-` in `magpa-`, `pag-` in `ipag-`, `ka-` in `pagka-`).
import { Slot, type AffixDef } from './types';

const { outer, redup, pag, ka, pa, ma, sa } = Slot;

// The numerals one to ten, and a hundred and a thousand (`sandaan`, `sanlibo`).
const NUMERALS = [
  'isa',
  'dalawa',
  'tatlo',
  'apat',
  'lima',
  'anim',
  'pito',
  'walo',
  'siyam',
  'sampu',
  'sandaan',
  'sanlibo',
];

// Spanish numerals one to twelve, as the hours are told.
const SPANISH_NUMERALS = [
  'una',
  'dos',
  'tres',
  'kuwatro',
  'kwatro',
  'singko',
  'sais',
  'siyete',
  'syete',
  'otso',
  'nuwebe',
  'diyes',
  'onse',
  'dose',
];

// Adjective roots that take sing-, sin-, sim- without ka- (`sinlaki`, as big as; `simbilis`, as
// fast as).
const EQUATIVE_ROOTS = [
  'laki liit taas baba bilis bagal lakas hina ganda pangit bigat gaan haba ikli lapad kitid',
  'lalim babaw layo lapit dami tanda bata yaman hirap talino tapang tamis pait alat asim init',
  'lamig dilim liwanag puti itim pula linis dumi kinis gaspang tigas lambot kapal nipis bango',
  'baho sarap tibay rupok taba payat tangkad luwang sikip bait sama talas tagal dalas tulin',
  'edad gulang kulay hugis halaga mahal mura',
]
  .join(' ')
  .split(' ');

/**
 * The numerals that lose their first syllable after `ika-` and `kamaka-`, by what is left: only
 * these two do (`ikaapat`, `ikalima` keep theirs).
 */
export const CLIPPED_NUMERALS: ReadonlyMap<string, string> = new Map([
  ['lawa', 'dalawa'],
  ['tlo', 'tatlo'],
]);

export const NOMINAL_PREFIXES: readonly AffixDef[] = [
  {
    id: 'pag',
    kind: 'prefix',
    forms: ['pag'],
    slot: outer | pag,
    then: redup | ka | pa | ma | sa | Slot.nasal | Slot.um,
    cost: -1.0,
    posHint: 'noun',
  },
  // `pang-` with nasal assimilation, its nasal closing a syllable of its own: `pang-` before
  // k/g/h, `pan-` before d/l/r/s/t, `pam-` before b/p (`pambayad`, `panlinis`, `panghiwa`).
  {
    id: 'pang',
    kind: 'prefix',
    forms: ['pang', 'pan', 'pam'],
    slot: outer | pag,
    // Also before ka-…-an and ma- words: `pangkalusugan` (of health), `pangmatagalan` (long-term).
    then: redup | pa | ka | ma,
    cost: -0.8,
    posHint: 'noun',
    beforeVowel: 'pang-nasal',
  },
  // `pang-` whose nasal starts the root's first syllable: in place of its first consonant
  // (`pamamahagi` ← bahagi, `panulat` ← sulat) or before its vowel (`pangako` ← ako). An affix of
  // its own, as it means something else under i-: the thing acted on of a mang- verb (`ipamigay`,
  // give away, as mamigay; `ipangako`, promise), where `ipambayad` (pay with) names the thing used.
  {
    id: 'pang-nasal',
    kind: 'prefix',
    forms: ['pa'],
    nasal: true,
    slot: outer | pag,
    then: redup,
    cost: -0.6,
    posHint: 'noun',
  },
  // `sang-` (one, a whole), assimilated as pang- is: `sandaan` (one hundred), `sambayanan` (the
  // whole nation), `sangkatauhan` (mankind). Dearer than the word whole: many such words are
  // filed as they are (`sandali`, `samantala`).
  {
    id: 'sang',
    kind: 'prefix',
    forms: ['sang', 'san', 'sam'],
    slot: outer,
    then: ka,
    cost: 0.5,
    posHint: 'noun',
  },
  {
    id: 'pa',
    kind: 'prefix',
    forms: ['pa'],
    slot: outer | pa,
    // pag- inside: the causative of a mag- verb (`papagsalitain`, make speak).
    then: redup | ka | pag,
    cost: -0.3,
    shortRootPrefix: 'ma',
  },
  {
    id: 'ka',
    kind: 'prefix',
    forms: ['ka'],
    // Just done, in everyday speech the prefix's own syllable copied: `kakatapos` (katatapos).
    redupForms: ['kaka'],
    slot: outer | ka,
    then: redup | pag | pa | ma | Slot.nasal,
    cost: -0.2,
    posHint: 'noun',
    // kanila, kaniya, kanya, kanino are the pronouns' sa-forms, not ka- on their ng-forms.
    notOn: [
      'nila',
      'nilang',
      'nilan',
      'niya',
      'niyang',
      'niyan',
      'nya',
      'nyang',
      'nyan',
      'nino',
      'ninong',
      'ninon',
    ],
  },
  {
    id: 'ma',
    kind: 'prefix',
    forms: ['ma'],
    slot: ma,
    then: redup,
    cost: -0.5,
    posHint: 'adjective',
  },
  {
    id: 'ika',
    kind: 'prefix',
    forms: ['ika'],
    slot: outer,
    then: 0,
    cost: -0.8,
    posHint: 'numeral',
    clipped: true,
  },
  // `kamakalawa` (the day before yesterday) ← dalawa, `kamakailan` ← kailan.
  {
    id: 'kamaka',
    kind: 'prefix',
    forms: ['kamaka'],
    slot: outer,
    then: 0,
    cost: -1,
    posHint: 'adverb',
    clipped: true,
  },
  {
    id: 'pinaka',
    kind: 'prefix',
    forms: ['pinaka'],
    slot: outer,
    then: ma | redup | Slot.infix,
    cost: -2,
    posHint: 'adjective',
  },
  // Very, so: `napakaganda` (very beautiful), on the root as pinaka- is on ma- words.
  {
    id: 'napaka',
    kind: 'prefix',
    forms: ['napaka'],
    slot: outer,
    then: redup,
    cost: -2,
    posHint: 'adjective',
  },
  {
    id: 'mapag',
    kind: 'prefix',
    forms: ['mapag', 'mapang', 'mapan', 'mapam'],
    slot: outer,
    then: redup,
    cost: -1.0,
    posHint: 'adjective',
  },
  {
    id: 'taga',
    kind: 'prefix',
    forms: ['taga'],
    slot: outer,
    then: pag | redup,
    cost: -0.8,
    posHint: 'noun',
  },
  // Like, resembling: `malaginto` (golden) ← ginto, `malasakit` (concern) ← sakit. At the cost of
  // pa- and pala-: ma- + a root in la- keeps its place (`malakas` ← lakas, `malapit` ← lapit).
  {
    id: 'mala',
    kind: 'prefix',
    forms: ['mala'],
    slot: outer,
    then: 0,
    cost: -0.3,
    posHint: 'adjective',
  },
  // Given to, fond of: `palabiro` (joker) ← biro, `palaaway` (quarrelsome) ← away.
  {
    id: 'pala',
    kind: 'prefix',
    forms: ['pala'],
    slot: outer,
    then: ka,
    cost: -0.3,
    posHint: 'adjective',
  },
  {
    id: 'tag',
    kind: 'prefix',
    forms: ['tag'],
    slot: outer,
    then: 0,
    cost: -0.5,
    posHint: 'noun',
  },
  // The hour before a Spanish numeral: `alas-tres` (three o'clock), `ala-una`. It costs more than
  // the whole word, which is how an hour is mostly filed; the numeral (for the gloss) comes next.
  {
    id: 'alas',
    kind: 'prefix',
    forms: ['alas', 'ala'],
    slot: outer,
    then: 0,
    cost: 1.2,
    onlyBefore: SPANISH_NUMERALS,
  },
  // Distributive numerals: `tig-isa` (one each), `tigdalawa`, `tig-iisa`; `tigalawa`, `tigatlo`
  // (dalawa and tatlo without their first consonant, filed under them); `tigpipiso` (a peso each).
  {
    id: 'tig',
    kind: 'prefix',
    forms: ['tig'],
    slot: outer,
    then: redup,
    cost: -0.6,
    posHint: 'numeral',
    onlyBefore: [...NUMERALS, 'alawa', 'atlo', 'piso'],
  },
  {
    id: 'kasing',
    kind: 'prefix',
    forms: ['kasing', 'kasin', 'kasim'],
    slot: outer,
    then: 0,
    cost: -0.6,
    posHint: 'adjective',
  },
  // Without ka- (`sintigas`, as hard as) it is said of the common adjectives of size, weight,
  // speed, age and the senses only: words that start so are many (`sindikato`, `simbolo`,
  // `sintomas`, `sinturon`, `singkamas`), and the root comes first under a suffix (`sindihan` is
  // sindi + -han).
  {
    id: 'kasing',
    kind: 'prefix',
    forms: ['sing', 'sin', 'sim'],
    slot: outer,
    then: 0,
    cost: 0,
    posHint: 'adjective',
    onlyBefore: EQUATIVE_ROOTS,
  },
  // `magkasinggulang` (of the same age): mag- + kasing-; dearer assimilated (`magkasintanda`),
  // where `magkasintahan` is mag- + ka- + sinta + -han first, not kasin- + tahan.
  {
    id: 'kasing',
    kind: 'prefix',
    forms: ['kasing'],
    slot: ka,
    then: 0,
    cost: -0.6,
    posHint: 'adjective',
  },
  {
    id: 'kasing',
    kind: 'prefix',
    forms: ['kasin', 'kasim'],
    slot: ka,
    then: 0,
    cost: 0.2,
    posHint: 'adjective',
  },
  // `magkanda-`: done in a scramble or ending in a mess (`nagkandarapa` ← dapa).
  { id: 'kanda', kind: 'prefix', forms: ['kanda'], slot: ka, then: 0, cost: -0.5, posHint: 'verb' },
  {
    id: 'sa',
    kind: 'prefix',
    forms: ['sa'],
    slot: sa,
    // `isakatuparan` (carry out) is isa- on katuparan.
    then: redup | ka,
    cost: -0.2,
  },
  // The nasal of `maN-`/`paN-` fused with the root's first consonant, no syllable of its own
  // (`manalo` ← panalo, `kamatayan` ← ka- + patay); applied by the engine, not by form.
  { id: 'nasal', kind: 'prefix', forms: [], then: 0, cost: 0.5, posHint: 'verb' },
];
