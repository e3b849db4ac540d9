// A word's pieces in the order they are written, for showing how it is built. An analysis lists
// them innermost first, as they were taken off; written, a full copy follows the root
// (`magsama-sama`: mag- + sama + -sama) and a copied syllable of a prefix sits inside it
// (`nakikipag-`: naki- + ki- + pag-, the copy of makipag-'s ki).
import { REDUPLICATIONS } from './affixes';
import type { AffixKind, AffixUse, Analysis } from './analysis';

/** One piece as written in the word: an affix (or part of one), or the root. */
export interface WrittenPiece {
  readonly form: string;
  readonly kind: AffixKind | 'root';
}

const BEFORE_ROOT = new Set<AffixKind>(['prefix', 'infix', 'reduplication', 'circumfix']);

const isFullCopy = (affix: AffixUse): boolean => affix.id === REDUPLICATIONS.full.id;

/**
 * The affixes in reading order: those before the root (outermost first), then those after. A
 * full copy is given as written, without the suffixes and linker written on it (`-samahin` is
 * -sama before -hin), as the breakdown shows it.
 */
export function affixesInOrder(analysis: Analysis): {
  before: AffixUse[];
  after: AffixUse[];
} {
  const before: AffixUse[] = [];
  const copies: AffixUse[] = [];
  const after: AffixUse[] = [];
  for (const affix of analysis.affixes) {
    if (isFullCopy(affix)) copies.push(affix);
    else if (BEFORE_ROOT.has(affix.kind)) before.unshift(affix);
    else after.push(affix);
  }
  // Written on the copy too: the suffixes and linker, and a circumfix's suffix (`-an` of pag-…-an).
  const endings = [
    ...before.filter((affix) => affix.kind === 'circumfix').map((affix) => suffixPart(affix.form)),
    ...after.map((affix) => letters(affix.form)),
  ];
  const written = copies.map((copy) => ({ ...copy, form: withoutEndings(copy.form, endings) }));
  return { before, after: [...written, ...after] };
}

/** The word's pieces as written, left to right, the root among them. */
export function writtenPieces(analysis: Analysis): WrittenPiece[] {
  const { before, after } = affixesInOrder(analysis);
  const pieces: WrittenPiece[] = [];
  for (let index = 0; index < before.length; index++) {
    const affix = before[index]!;
    const copy = before[index + 1];
    const split = copy && affix.kind === 'prefix' ? copiedInside(affix, copy) : undefined;
    if (split) {
      pieces.push({ form: split.head, kind: 'prefix' }, copy!, {
        form: split.tail,
        kind: 'prefix',
      });
      index++;
    } else pieces.push(affix);
  }
  pieces.push({ form: analysis.root, kind: 'root' }, ...after);
  return pieces;
}

/** An affix of a word with how the word writes it, for explaining each piece the breakdown shows. */
export interface ExplainedAffix {
  readonly affix: AffixUse;
  /** `naki- … pag-` for nakipag- around its copied ki-; a full copy without its endings. */
  readonly written: string;
  /**
   * What a copied syllable does here where it is not a verb's aspect: `actionNoun`, the copy that
   * makes the noun of the action after pag-, pang- or paki- (`pagtatanim`, `pakikisama`).
   */
  readonly role?: 'actionNoun';
}

// Prefixes whose copied syllable makes the noun of the action of a mag-, maN- or maki- verb:
// `pagbabago` (change), `pamamahala` (management), `pakikiisa` (solidarity).
const ACTION_NOUN_PREFIXES: ReadonlySet<string> = new Set(['pag', 'pang', 'pang-nasal', 'paki']);

/** Every affix once, in reading order, each as the word writes it (see `writtenPieces`). */
export function explainedAffixes(analysis: Analysis): ExplainedAffix[] {
  const { before, after } = affixesInOrder(analysis);
  // Set once such a prefix is passed: the copy comes after it (`pag-` + ta- + tanim).
  let afterActionNounPrefix = false;
  return [...before, ...after].map((affix, index, all) => {
    const copy = all[index + 1];
    const split = copy && affix.kind === 'prefix' ? copiedInside(affix, copy) : undefined;
    const written = split ? `${split.head} … ${split.tail}` : affix.form;
    // A verb's copy is its aspect (`pinagsasama`), whatever prefix comes before it.
    const actionNounCopy =
      afterActionNounPrefix &&
      analysis.aspect === undefined &&
      affix.id === REDUPLICATIONS.syllable.id;
    if (affix.kind === 'prefix' && ACTION_NOUN_PREFIXES.has(affix.id)) afterActionNounPrefix = true;
    return actionNounCopy ? { affix, written, role: 'actionNoun' } : { affix, written };
  });
}

/**
 * Where `copy`, a copied syllable, repeats a syllable inside `prefix` rather than at its end: the
 * prefix split around it (`nakipag-` with ki- → naki- and pag-).
 */
function copiedInside(
  prefix: AffixUse,
  copy: AffixUse,
): { head: string; tail: string } | undefined {
  if (copy.kind !== 'reduplication' || isFullCopy(copy)) return undefined;
  const written = letters(prefix.form);
  const syllable = letters(copy.form);
  if (syllable === '') return undefined;
  // A syllable of the prefix starts with a consonant and leaves a syllable after it (`ki` of
  // naki|pag). A copy that is not one is of what follows the prefix: a vowel-initial root's (`a-`
  // in pag-aari) or the next prefix's (`pa-` in pagpapalabas), not the `pa` of pag-.
  if (!/^[^aeiou]+[aeiou]$/.test(syllable)) return undefined;
  const at = written.indexOf(syllable);
  const end = at + syllable.length;
  if (at < 0 || !/[aeiou]/.test(written.slice(end))) return undefined;
  return { head: written.slice(0, end) + '-', tail: written.slice(end) + '-' };
}

/** A full copy without the suffixes and linker written on it (`-samahin` → -sama before -hin). */
function withoutEndings(form: string, endings: readonly string[]): string {
  let copy = form;
  for (let index = endings.length - 1; index >= 0; index--) {
    const ending = endings[index]!;
    if (ending !== '' && copy.length > ending.length + 1 && copy.endsWith(ending))
      copy = copy.slice(0, -ending.length);
  }
  return copy;
}

/** The letters of a circumfix's suffix: `an` of `pag-…-an`. */
const suffixPart = (form: string): string => letters(form.slice(form.indexOf('…') + 1));

/** An affix's letters without its hyphens and ellipsis. */
const letters = (form: string): string => form.replace(/[-…]/g, '');
