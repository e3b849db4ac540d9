/**
 * What the analyzer says about one word. Every analysis keeps the chain of affixes that builds
 * the surface form from its root, so the UI can explain aspect, focus and each piece.
 */

/** `recentlyCompleted`: just done, ka- with a copied syllable (`kakakain`, has just eaten). */
export type Aspect =
  'infinitive' | 'completed' | 'incompleted' | 'contemplated' | 'recentlyCompleted';
export type Focus = 'actor' | 'object' | 'locative' | 'benefactive' | 'instrumental';

export type AffixKind =
  'prefix' | 'infix' | 'suffix' | 'circumfix' | 'reduplication' | 'linker' | 'clitic';

/**
 * One piece of the word. `form` is the piece as written in this word (`naki-`, `-um-`, `-han`,
 * `ka-` for reduplicated `ka`, `-ng`); `id` names the affix in the affix table (and its
 * explanation in the `morphology` locale namespace: `affix.<id>.meaning`, with the affix's name
 * as cited, `affix.<id>.name`, where it has one).
 */
export interface AffixUse {
  readonly id: string;
  readonly kind: AffixKind;
  readonly form: string;
}

export interface Analysis {
  /** The word analyzed, lower-cased and with the linker still on. */
  readonly form: string;
  /** The bare root, lower case (`tulong` for `nakikipagtulungan`). */
  readonly root: string;
  /** Pieces in the order they are added to the root (innermost first). */
  readonly affixes: readonly AffixUse[];
  readonly aspect?: Aspect;
  readonly focus?: Focus;
  /** A part of speech the affixes suggest (`verb` for `nag-`, `noun` for `pag-`). */
  readonly posHint?: 'noun' | 'verb' | 'adjective' | 'adverb' | 'numeral';
  /** Higher is more plausible; used only to order analyses of one word. */
  readonly score: number;
}
