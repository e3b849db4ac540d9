// Pieces that attach to a whole word: the linker (`-ng` after a vowel, `-g` after n), the
// contracted `'t` (at) and `'y` (ay), and contracted words (`'di` for hindi).
import type { AffixDef } from './types';

export const LINKERS = {
  afterVowel: { id: 'linker', kind: 'linker', forms: ['ng'], then: 0, cost: -0.3 },
  afterN: { id: 'linker', kind: 'linker', forms: ['g'], then: 0, cost: -0.2 },
} as const satisfies Record<string, AffixDef>;

/** `iba't` → iba + `'t`; `ito'y` → ito + `'y`. */
export const ENCLITICS: readonly AffixDef[] = [
  { id: 'clitic-at', kind: 'clitic', forms: ["'t"], then: 0, cost: -1 },
  { id: 'clitic-ay', kind: 'clitic', forms: ["'y"], then: 0, cost: -1 },
];

/** A contracted word alone: `'t` is at, `'y` is ay. */
export const CONTRACTED_WORDS: ReadonlyMap<string, string> = new Map([
  ["'t", 'at'],
  ["'y", 'ay'],
  ["'di", 'hindi'],
  ["'kaw", 'ikaw'],
  ["'la", 'wala'],
  ['meron', 'mayroon'],
]);

/**
 * Case forms of the personal pronouns and the particle `ng`/`nang`, offered after the word
 * itself: the word is its own lemma, but some texts file `ko` under `ako`.
 */
export const CASE_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ko', ['ako']],
  ['akin', ['ako']],
  ['mo', ['ikaw']],
  ['ka', ['ikaw']],
  ['iyo', ['ikaw']],
  ['niya', ['siya']],
  ['kaniya', ['siya']],
  ['nila', ['sila']],
  ['kanila', ['sila']],
  ['namin', ['kami']],
  ['amin', ['kami']],
  ['natin', ['tayo']],
  ['atin', ['tayo']],
  ['ninyo', ['kayo']],
  ['inyo', ['kayo']],
  ['ng', ['nang', 'na']],
  ['nang', ['ng', 'na']],
]);

/**
 * Dropped initial `i` written with an apostrophe (`'yung` → iyung, `'to` → ito): the engine
 * restores the vowel and reads the rest as usual.
 */
export const DROPPED_INITIAL = {
  id: 'contraction',
  kind: 'clitic',
  forms: ["'"],
  then: 0,
  cost: 0.2,
} as const satisfies AffixDef;

/** `rin`/`din`, `raw`/`daw`, `rito`/`dito`, `roon`/`doon`: d becomes r after a vowel. */
export const D_TO_R = { id: 'd-r', cost: 0.3 } as const;
