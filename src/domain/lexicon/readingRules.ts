// What decides among a word's readings in the lexicon: what the lookup adds to the analyzer's
// order (a form listed as written, the part of speech the affixes and the neighbours call for, how
// productive a root is) and which entries a reading may take (names written whole, English
// function words without Tagalog pieces), with the lemma it reports.
import type { AffixUse, Analysis } from '../morphology/analysis';
import type { LexiconEntry, PartOfSpeech } from './entry';
import type { Lexicon } from './lexicon';
import { lexiconKey } from './normalize';

/** Neighbouring words, lower-cased, for choosing among readings. */
export interface SentenceContext {
  readonly previous?: string;
  readonly next?: string;
  /** The words before `previous`, nearest first, as far back as the clause goes (a comma ends it). */
  readonly earlier?: readonly string[];
}

// After these words a noun (or a nominalised form) is expected; after `ay` a predicate.
const BEFORE_NOUN = new Set([
  'ang',
  'ng',
  'sa',
  'mga',
  'si',
  'ni',
  'kay',
  'sina',
  'nina',
  'ang mga',
]);
const NOUNISH: ReadonlySet<PartOfSpeech> = new Set(['noun', 'name', 'pronoun']);

// Words that take no affixes: an affixed form is not a pronoun, marker or particle.
const CLOSED_CLASS: ReadonlySet<PartOfSpeech> = new Set([
  'pronoun',
  'determiner',
  'preposition',
  'conjunction',
  'particle',
  'linker',
]);

export const EXACT_FORM_BONUS = 100;
// A listed derived verb met in another aspect comes before its root's own senses, and before a
// look-alike root the analyzer ranks a little higher (`ipinamana` is ipamana, bequeath, not pana,
// arrow, under pang-).
export const INFLECTED_FORM_BONUS = 1.5;
// A form listed as derived under its root (`kasama` under `sama`) is filed under that root, as
// a learner's dictionary would, even where another file also lists the form on its own.
export const DERIVED_FORM_BONUS = 5;
// `silang` is far more often `sila` + linker than the rare root `silang`: a pronoun or particle
// under the linker beats an open-class word written the same, unless that is closed-class too.
// Markers and prepositions take no linker: `ninang` is godmother, not nina + -ng.
export const CLOSED_CLASS_UNDER_LINKER_BONUS = 3;
export const takesTheLinker = (pos: readonly PartOfSpeech[]): boolean =>
  pos.includes('pronoun') || pos.includes('particle');

export const isClosedClass = (pos: readonly PartOfSpeech[]): boolean =>
  pos.every((p) => CLOSED_CLASS.has(p));

// The words written contracted are pronouns, markers and particles: `sa'min` is sa + the
// pronoun amin (ours), not the verb amin (admit) with more derived forms.
const CONTRACTED_CLOSED_CLASS = 2;
const isContraction = (affix: AffixUse): boolean => affix.id === 'contraction';

// An affixed word ending in ng whose ng may be the root's or the linker, both roots listed:
// `tumulong`, `pagtulong` are forms of tulong "help", not tulo "drip" + -ng; `nakulong` is kulong
// "jail", not kulo "boil" + -ng. A verb or noun built with affixes seldom takes the linker.
export const LINKER_OVER_ROOT_NG_PENALTY = 2;

export const isLinker = (affix: AffixUse): boolean => affix.kind === 'linker';

// sa- on a root whose sa- + root is itself a listed root: `magsaulo` is mag- + saulo "memorize",
// not mag- + sa- + ulo "head"; `nagsasaka` is saka "farm", not ka. The prefix sa- (`isagawa`,
// `isabatas`) is met on roots that do not make a word with it.
export const SA_OVER_ROOT_PENALTY = 3;

/** Whether the prefix nearest the root is sa- and sa + root is a listed open-class root. */
export function saOverListedRoot(lexicon: Lexicon, analysis: Analysis): boolean {
  const nearest = analysis.affixes.find((affix) => affix.kind === 'prefix');
  return nearest?.id === 'sa' && isOpenClassRoot(lexicon, 'sa' + analysis.root);
}

/** The root of `analysis` where its only pieces are enclitics (`nawa'y` → nawa), else undefined. */
export function cliticHost(analysis: Analysis | undefined): string | undefined {
  if (!analysis || analysis.affixes.length === 0) return undefined;
  return analysis.affixes.every((affix) => affix.kind === 'clitic')
    ? lexiconKey(analysis.root)
    : undefined;
}

/** Whether `analysis` has no piece but the linker or a clitic (`ako'y`, `batang`, or none). */
const onlyLinkerOrClitic = (analysis: Analysis): boolean =>
  analysis.affixes.every((affix) => isLinker(affix) || affix.kind === 'clitic');

/** Whether `root` is listed as an open-class word (`tulong`, not the conjunction `habang`). */
const isOpenClassRoot = (lexicon: Lexicon, root: string): boolean =>
  lexicon.entriesForRoot(root).some((entry) => !isClosedClass(entry.pos));

/**
 * Whether `analysis` is a root + other affixes + the linker, where the root with the linker's
 * letters kept is itself a listed open-class root (`pagtulong` as pag- + tulo + -ng).
 */
export function linkerOverRootNg(lexicon: Lexicon, analysis: Analysis): boolean {
  const linker = analysis.affixes.find(isLinker);
  if (!linker || onlyLinkerOrClitic(analysis)) return false;
  return isOpenClassRoot(lexicon, analysis.root + linker.form.slice(1));
}

/**
 * Whether the analyzer's best reading of a listed root keeps the final ng as the root's, under
 * affixes (`tumulong` as -um- + tulong).
 */
export function bestRootKeepsNg(lexicon: Lexicon, analyses: readonly Analysis[]): boolean {
  const best = analyses.find((analysis) => isOpenClassRoot(lexicon, analysis.root));
  return (
    best !== undefined &&
    best.affixes.length > 0 &&
    !best.affixes.some(isLinker) &&
    best.root.endsWith('ng')
  );
}

/**
 * Whether a name is written whole in `key` as `analysis` reads it: with nothing on it but the
 * linker, a clitic or a prefix before a hyphen (`Bataang`, `taga-Cebu`); not respelled (`roles`
 * is no DOLE) nor built on (`kabataan` is no ka- + Bataan).
 */
export function nameWrittenWhole(key: string, analysis: Analysis): boolean {
  if (!key.includes(lexiconKey(analysis.root))) return false;
  return onlyLinkerOrClitic(analysis) || key.includes('-');
}

export const isName = (entry: LexiconEntry): boolean => entry.pos.every((pos) => pos === 'name');

/** An English function word takes no Tagalog piece, not even the linker: `young` is not you + -ng. */
export const takesNoPieces = (entry: LexiconEntry): boolean =>
  entry.origin === 'english' && isClosedClass(entry.pos);

/**
 * The lemma to report: a loanword spelled another accepted way (`local` for `lokal`, `pwede` for
 * `puwede`, `españa` for `espanya`) is its own lemma, as the variant is written, but a plural
 * reports its singular; a native contraction (`kanya`) reports its full form.
 */
export function spelledLemma(entry: LexiconEntry, key: string): string {
  if (!entry.origin) return entry.lemma;
  const lemma = lexiconKey(entry.lemma);
  if (lemma === key || isPluralOf(key, lemma)) return entry.lemma;
  return entry.variants?.find((variant) => lexiconKey(variant) === key) ?? entry.lemma;
}

/** `fans` of fan, `cases` of case, `companies` of company: a loanword's plural, not a spelling. */
function isPluralOf(form: string, lemma: string): boolean {
  if (form === lemma + 's' || form === lemma + 'es') return true;
  return lemma.endsWith('y') && form === lemma.slice(0, -1) + 'ies';
}

export function identity(form: string, root: string): Analysis {
  return { form, root, affixes: [], score: 0 };
}

/**
 * How well an entry fits the affixes: `magtatayo` is the verb `tayo` "build", not the pronoun
 * `tayo` "we", so of two homograph entries the one whose part of speech the affixes call for wins.
 */
export function affixFit(pos: readonly PartOfSpeech[], analysis: Analysis): number {
  if (onlyLinkerOrClitic(analysis))
    return analysis.affixes.some(isContraction) && isClosedClass(pos) ? CONTRACTED_CLOSED_CLASS : 0;
  if (pos.every((p) => CLOSED_CLASS.has(p))) return -3;
  return analysis.posHint && pos.includes(analysis.posHint) ? 0.5 : 0;
}

// A root the lexicon lists derived forms under is a common, productive root: between roots
// the analyzer ranks close (`pagkamatay` ← patay or atay), it is the likelier one.
const DERIVED_FORM_WEIGHT = 0.5;
const DERIVED_FORMS_COUNTED = 3;

export function productivity(entry: LexiconEntry, analysis: Analysis): number {
  // A word with only the linker or a clitic on it (`ako'y`) is read as its bare form is: the
  // homograph a bare word is, not the one with more derived forms.
  if (analysis.affixes.length > 0 && onlyLinkerOrClitic(analysis)) return 0;
  return DERIVED_FORM_WEIGHT * Math.min(entry.derived?.length ?? 0, DERIVED_FORMS_COUNTED);
}

/**
 * How well a reading's part of speech fits the word before it: after `ang`, `sa`, `mga` a noun.
 * Not for a word with the linker on it: that word modifies the next one (`ang unang kumpanya`,
 * the first company; `mga bagong teknolohiya`), so the marker says nothing of its own part of
 * speech, and a noun written the same (unan, pillow; bagon, wagon) must not win by it.
 */
export function contextBonus(
  pos: readonly PartOfSpeech[],
  context: SentenceContext | undefined,
  analysis: Analysis,
): number {
  if (!context?.previous) return 0;
  if (analysis.affixes.some((affix) => affix.kind === 'linker')) return 0;
  if (BEFORE_NOUN.has(context.previous)) return pos.some((p) => NOUNISH.has(p)) ? 2 : 0;
  return 0;
}
