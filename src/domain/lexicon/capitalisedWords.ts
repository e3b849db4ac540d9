// Capitalised words the lexicon does not list: inside a sentence mostly names, which the analyzer
// would otherwise take apart into Tagalog roots (`Putin` as puti + -in).
import type { AffixUse, Analysis } from '../morphology/analysis';
import type { LexiconEntry } from './entry';
import { lexiconKey } from './normalize';
import { isName, type SentenceContext } from './readingRules';

const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether `word` is capitalised inside a sentence: mostly a name the lexicon does not list, read as
 * a root only where it builds a word (see `buildsAWord`), and otherwise left to the guess.
 */
export const capitalisedInside = (word: string, context: SentenceContext | undefined): boolean =>
  context?.previous !== undefined && CAPITALISED.test(word);

// Markers that come before personal names only.
const PERSONAL_MARKERS: ReadonlySet<string> = new Set(['si', 'ni', 'kay', 'sina', 'nina']);

/**
 * Whether `word` is capitalised right after a marker of personal names (`si Umali`, `ni Pineda`):
 * a name, read whole, whatever affix it seems to begin with (um-, -in-, mag-, mang-).
 */
export const afterPersonalMarker = (word: string, context: SentenceContext | undefined): boolean =>
  capitalisedInside(word, context) && PERSONAL_MARKERS.has(context?.previous ?? '');

// A name's entry against the word's other readings (see `nameFit`): behind another entry of the
// same form, ahead of a listed derived form (which gains DERIVED_FORM_BONUS).
const NAME_IN_LOWER_CASE_PENALTY = 2;
const NAME_WHERE_CAPITALISED_BONUS = 6;

/**
 * What a name's entry adds to its reading's score, given how `word` is written: where the word is
 * capitalised inside a sentence or before another capitalised word, the name comes first (`sa
 * Makati`, the city; `San Isidro`, Saint); written in lower case, after the word's other readings
 * (`makati`, itchy; `san`, where). A capitalised word that merely opens a sentence decides nothing.
 */
export function nameFit(
  entry: LexiconEntry,
  word: string,
  context: SentenceContext | undefined,
): number {
  if (!isName(entry)) return 0;
  if (!CAPITALISED.test(word)) return -NAME_IN_LOWER_CASE_PENALTY;
  const insideAName = capitalisedInside(word, context) || CAPITALISED.test(context?.next ?? '');
  return insideAName ? NAME_WHERE_CAPITALISED_BONUS : 0;
}

/** Whether `word` is a short word in capitals, like an acronym (`NATO`). */
export const isShortCapitals = (word: string): boolean =>
  word.length <= 4 && CAPITALISED.test(word) && word === word.toUpperCase();

/** A nasal fused with the root's first consonant, without a prefix syllable (`manalo` ← panalo). */
export const isFusedNasal = (affix: AffixUse): boolean => affix.id === 'nasal';

const WORD_BUILDING: ReadonlySet<AffixUse['kind']> = new Set(['prefix', 'infix', 'circumfix']);

const isWordBuilding = (affix: AffixUse): boolean => WORD_BUILDING.has(affix.kind);

/**
 * Whether `analysis` reads `key` as itself or as a word built with a prefix, an infix or a
 * circumfix, and not with a fused nasal: the readings a capitalised word can be taken for. A
 * suffix or a respelling alone makes roots of names (`Putin` puti + -in, `Susan` susi + -an, `Chen`
 * chain), as the fused nasal does (`Martin` barat + -in, `NATO` pato). Words of organisations'
 * names that the lexicon lists (`Kagawaran`, `Tanggapan`) are found as written before this.
 */
export function buildsAWord(analysis: Analysis, key: string): boolean {
  if (analysis.affixes.some(isFusedNasal)) return false;
  const root = lexiconKey(analysis.root);
  return (
    root === key ||
    analysis.affixes.some(isWordBuilding) ||
    ENGLISH_ENDINGS.some((ending) => key === root + ending) ||
    (root.endsWith('y') && key === root.slice(0, -1) + 'ies') ||
    withoutGlideVowels(root) === key
  );
}

// English words inflected in a name keep their reading: `United`, `States`, `Women's`, `Working`
// (and `Securities`).
const ENGLISH_ENDINGS = ['s', 'es', "'s", 'ing', 'ed', 'd'];

/** `polisiya` → polisya: a glide after a consonant written without its vowel, as names often are. */
const withoutGlideVowels = (root: string): string =>
  root.replace(/([^aeiou])i(y[aeiou])/gu, '$1$2').replace(/([^aeiou])u(w[aeiou])/gu, '$1$2');

/**
 * Whether a capitalised word inside a sentence may be `entry` through `analysis`: not an English
 * root under a Tagalog prefix or infix, which names are taken for (`Patrick` pa- + trick, `Ivan`
 * i- + van, `Mansour` man- + sour); such words are written with a hyphen (`mag-text`).
 */
export const mayBeEnglishUnderAffixes = (entry: LexiconEntry, analysis: Analysis): boolean =>
  entry.origin !== 'english' || !analysis.affixes.some(isWordBuilding);
