// Verbal suffixes, and the prefix + suffix pairs that work as one circumfix.
import type { AffixDef } from './types';

/** `-han`/`-hin` after a vowel (`basahin`), `-nan`/`-nin` after some (`tawanan`). */
export const SUFFIXES: readonly AffixDef[] = [
  {
    id: 'suffix-an',
    kind: 'suffix',
    forms: ['an', 'han', 'nan'],
    then: 0,
    cost: -0.5,
    aspect: 'infinitive',
    focus: 'locative',
    posHint: 'verb',
  },
  {
    id: 'suffix-in',
    kind: 'suffix',
    forms: ['in', 'hin', 'nin'],
    then: 0,
    cost: -0.5,
    aspect: 'infinitive',
    focus: 'object',
    posHint: 'verb',
  },
  // Spanish participles: `kumpirmado` ← kumpirma (most verbs came in as their third person, in
  // -a), `apektado` ← apekto (some as a noun), `aminado` ← amin. Dearer than the whole word: most
  // came into Tagalog whole and are lemmas of their own (`sarado`, `pribado`, `delikado`), as many
  // words in -ado are no participles (`Sabado`, `estado`, `merkado`).
  {
    id: 'suffix-ado',
    kind: 'suffix',
    forms: ['ado'],
    then: 0,
    cost: 0.5,
    posHint: 'adjective',
    rootEndings: ['a', 'o', ''],
  },
  // Spanish agent nouns: `tindero` (vendor) ← tinda, `gitarista` ← gitara. Dearer than the whole
  // word, which many words in -era and -ista are (`karera`, `bandera`, `turista`).
  {
    id: 'suffix-ero',
    kind: 'suffix',
    forms: ['ero', 'era'],
    then: 0,
    cost: 0.8,
    posHint: 'noun',
    // `biyahero` (traveller, trader) ← biyahe.
    rootEndings: ['a', 'o', '', 'e'],
  },
  {
    id: 'suffix-ista',
    kind: 'suffix',
    forms: ['ista'],
    then: 0,
    cost: 0.8,
    posHint: 'noun',
    rootEndings: ['a', 'o', ''],
  },
];

/**
 * Stems a suffix leaves that are not spelled like their root: `kunin`, `kinunan` ← kuha (its h
 * dropped with the vowel before it); `tamnan` ← tanim, `sidlan` ← silid (the vowel dropped, the
 * consonants around it swap).
 */
export const IRREGULAR_STEMS: ReadonlyMap<string, string> = new Map([
  ['kun', 'kuha'],
  ['tamn', 'tanim'],
  ['sidl', 'silid'],
  ['apt', 'atip'],
  // `kilanlan` (pagkakakilanlan, identity) ← kilala, its last syllable's vowel dropped.
  ['kilanl', 'kilala'],
  // `pakinggan` (listen to) ← kinig: the vowel dropped, the ng before g written ngg.
  ['kingg', 'kinig'],
  // `dinggin` (heed) ← dinig, the same way.
  ['dingg', 'dinig'],
  // `hagkan` (kiss) ← halik, `hipan` (blow on) ← hihip.
  ['hagk', 'halik'],
  ['hip', 'hihip'],
  // `alalahanin` (remember), `paalalahanan` (remind) ← alala; `katotohanan` (truth) ← totoo: the
  // stem takes -han before the suffix.
  ['alalahan', 'alala'],
  ['totohan', 'totoo'],
  // `kasiyahan` (joy), `masiyahan` (be pleased) ← saya, its a written iya before -han.
  ['siya', 'saya'],
  // `datnan`, `dinatnan` (come upon) ← dating, its last syllable's vowel and ng dropped;
  // `paringgan` (let someone overhear) ← dinig, as `dinggin` with its d written r.
  ['datn', 'dating'],
  ['ringg', 'dinig'],
  // `hingan`, `hiningan` (ask of someone) ← hingi, its last vowel dropped before -an.
  ['hing', 'hingi'],
]);

/** The longest stem in IRREGULAR_STEMS (longer ones skip the lookup). */
export const IRREGULAR_STEM_LENGTH = Math.max(
  ...[...IRREGULAR_STEMS.keys()].map((stem) => stem.length),
);

export interface CircumfixDef {
  readonly id: string;
  /** The prefix id and suffix id that together make the circumfix. */
  readonly prefix: string;
  readonly suffix: string;
  readonly focus?: AffixDef['focus'];
  readonly posHint?: AffixDef['posHint'];
  /** The aspect the circumfix gives where its prefix gives none (`pag-` alone makes a noun). */
  readonly aspect?: AffixDef['aspect'];
}

export const CIRCUMFIXES: readonly CircumfixDef[] = [
  { id: 'ka-an', prefix: 'ka', suffix: 'suffix-an', posHint: 'noun' },
  // With a suffix, pag- makes the verb of a mag- verb's other foci, no noun: `pag-aralan` (study
  // it), `pinag-aralan`, `pag-aaralan`; `pagsamahin` (combine them), `pagsama-samahin`.
  {
    id: 'pag-an',
    prefix: 'pag',
    suffix: 'suffix-an',
    focus: 'locative',
    posHint: 'verb',
    aspect: 'infinitive',
  },
  {
    id: 'pag-in',
    prefix: 'pag',
    suffix: 'suffix-in',
    focus: 'object',
    posHint: 'verb',
    aspect: 'infinitive',
  },
  { id: 'ma-an', prefix: 'ma', suffix: 'suffix-an', focus: 'locative', posHint: 'verb' },
  { id: 'na-an', prefix: 'na', suffix: 'suffix-an', focus: 'locative', posHint: 'verb' },
  // A request, or a verb of a maki- verb's locative (`pakiusapan`, `pakikisamahan`); the noun of
  // a maki- verb is pakiki- alone (see `featuresOf`).
  {
    id: 'paki-an',
    prefix: 'paki',
    suffix: 'suffix-an',
    focus: 'locative',
    posHint: 'verb',
    aspect: 'infinitive',
  },
  { id: 'pa-in', prefix: 'pa', suffix: 'suffix-in', focus: 'object', posHint: 'verb' },
  { id: 'pa-an', prefix: 'pa', suffix: 'suffix-an', focus: 'locative', posHint: 'verb' },
  { id: 'mag-an', prefix: 'mag', suffix: 'suffix-an', focus: 'actor', posHint: 'verb' },
  { id: 'nag-an', prefix: 'nag', suffix: 'suffix-an', focus: 'actor', posHint: 'verb' },
];
