import type { AffixKind, Analysis, Aspect, Focus } from '../analysis';

export type PosHint = NonNullable<Analysis['posHint']>;

/**
 * Where a piece may stand, outermost first. A prefix names the slots that may follow it, so the
 * engine only strips chains that Tagalog builds (`nakikipag-` = `na-` + `ki-` + `ki-` + `pag-`).
 */
export const Slot = {
  /** Reduplication of the first syllable (aspect). */
  redup: 2,
  /** The infixes `-um-` and `-in-` (and their prefixed variants `um-`, `in-`, `ni-`). */
  infix: 4,
  /** `pag-` / `pang-` inside `ipag-`, `makipag-`, `magpa-`… */
  pag: 8,
  /** `ka-` inside `maka-`, `naka-`, `magka-`, `pagka-`, `ika-`. */
  ka: 16,
  /** `pa-` inside `magpa-`, `ipa-`, `mapa-`. */
  pa: 32,
  /** `ma-` inside `pinaka-`, `ka-ma-` (`kamag-`), `pagka-ma-`. */
  ma: 256,
  /** Nasal substitution of the root's first consonant (`mamili` ← `bili`). */
  nasal: 512,
  /** `sa-` inside `isa-`, `magsa-` (`isagawa` ← gawa). */
  sa: 1024,
  /** Only at the start of the word. */
  outer: 2048,
  /** `paki-` inside `ipaki-` and `ipinaki-` (`ipakiusap` ← usap). */
  paki: 4096,
  /** `-um-` alone inside `mag-`/`pag-` (`nagsusumikap` ← sikap, `pagpupumilit` ← pilit). */
  um: 8192,
} as const;

export type SlotSet = number;

/** One affix of the tables. `id` names it in the `morphology` locale namespace (`affix.<id>.*`). */
export interface AffixDef {
  readonly id: string;
  readonly kind: AffixKind;
  /** Surface strings, most specific first (`mang`, `man`, `mam` for `mang-`). */
  readonly forms: readonly string[];
  /** The slot this affix fills (for prefixes allowed only inside others). */
  readonly slot?: SlotSet;
  /** Slots that may follow inside this affix. */
  readonly then: SlotSet;
  /** Cost of reading this piece off the word: common, unambiguous affixes cost little. */
  readonly cost: number;
  readonly aspect?: Aspect;
  readonly focus?: Focus;
  readonly posHint?: PosHint;
  /** Surface forms that already contain the aspect reduplication (`nakiki` for `naki-`). */
  readonly redupForms?: readonly string[];
  /** The surface form must be followed by a nasal that replaces the root's first sound. */
  readonly nasal?: boolean;
  /** Endings the suffix replaced, put back on the root (`apektado` ← apekt + o). */
  readonly rootEndings?: readonly string[];
  /**
   * The numerals that drop their first syllable after it (CLIPPED_NUMERALS: `ikatlo` ← tatlo,
   * `ikalawa` ← dalawa) may follow it.
   */
  readonly clipped?: boolean;
  /** A root of one syllable keeps this prefix in its lemma (`naging` ← maging). */
  readonly shortRootPrefix?: string;
  /** The remaining stem must start with one of these (e.g. `ni-` before `l`, `y`, `w`, `h`). */
  readonly before?: string;
  /**
   * Read off only before these (after a copied syllable, maybe): `tig-` before numerals
   * (`tigdadalawa`), not off roots that start like it (`tigdas`, `tigre`).
   */
  readonly onlyBefore?: readonly string[];
  /** Stems this prefix is never read off (`kanila` is a pronoun, not `ka-` + `nila`). */
  readonly notOn?: readonly string[];
  /**
   * The affix (by id) this prefix is a piece of where it stands right before a vowel, no hyphen
   * between: `pangako` is pa-nga-ko, the nasal starting the root's syllable (`pang-nasal`).
   */
  readonly beforeVowel?: string;
}
