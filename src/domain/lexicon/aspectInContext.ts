// The aspect of an -um- verb from the words before it. `gumamit` is written alike as the completed
// aspect (used) and the infinitive (to use); after `upang`, `bago`, `huwag` or a modal with the
// linker (`maaaring`, `dapat`), completing a verb of starting or trying, or joined to such an
// infinitive, it is the infinitive, as the English translates it.
import type { Analysis } from '../morphology/analysis';
import type { Reading } from './lookup';
import type { SentenceContext } from './readingRules';

// Words after which a verb is in the infinitive. Not `na`: after it a verb may as well be a
// relative clause in any aspect (`ang lalaki na kumain`, the man who ate).
const BEFORE_INFINITIVE: ReadonlySet<string> = new Set([
  'upang',
  'para',
  'bago',
  'huwag',
  "'wag",
  'wag',
  'maaaring',
  'puwedeng',
  'pwedeng',
  'dapat',
  'kailangang',
  'gustong',
  'nais',
  'ayaw',
  'ayokong',
  'sanang',
]);

/** Whether `analysis` is -um- without a copied syllable: completed or infinitive alike. */
const isPlainUm = (analysis: Analysis | undefined): boolean =>
  analysis !== undefined &&
  analysis.aspect === 'completed' &&
  analysis.affixes.some((affix) => affix.id === 'infix-um') &&
  !analysis.affixes.some((affix) => affix.id === 'redup-cv');

// Roots of verbs whose complement is an infinitive after `na` or the linker: start, try, decide,
// plan, strive, force, learn (`sinimulan niyang sumulat`, `nagpasyang bumili`).
const COMPLEMENT_ROOTS: ReadonlySet<string> = new Set([
  'simula',
  'umpisa',
  'subok',
  'tangka',
  'pasya',
  'balak',
  'plano',
  'sikap',
  'pilit',
  'tuto',
  'hangad',
  'layon',
]);

// Words that join a verb to the one before it, as `o` and `at` do.
const COORDINATORS: ReadonlySet<string> = new Set(['o', 'at', 'pati']);

// How many words back from `na` the verb it completes may stand (`sinimulan ni Ana na`).
const COMPLEMENT_REACH = 4;

/** A word's best reading on its own (the neighbours' readings need no context of their own). */
export type ReadingOf = (word: string) => Reading | undefined;

/** Whether `reading` is a verb form: with an aspect, and listed as a verb (`hapunan` is dinner). */
const isVerb = (reading: Reading | undefined): reading is Reading =>
  reading !== undefined &&
  reading.analysis.aspect !== undefined &&
  (reading.derived ? reading.derived.pos === 'verb' : reading.entry.pos.includes('verb'));

/** Whether `word` is a pronoun with the linker on it (`siyang`, `niyang`, `kong`). */
function isPronounWithLinker(word: string, readingOf: ReadingOf): boolean {
  const best = readingOf(word);
  return (
    best !== undefined &&
    best.entry.pos.includes('pronoun') &&
    best.analysis.affixes.some((affix) => affix.kind === 'linker')
  );
}

/** Whether `word` is a verb that takes an infinitive complement, linker and all. */
function takesComplement(word: string, readingOf: ReadingOf): boolean {
  const best = readingOf(word);
  return isVerb(best) && COMPLEMENT_ROOTS.has(best.lemma);
}

/**
 * Whether a verb after `previous` (and the words before it, nearest first) is an infinitive:
 * after a word that calls for one; after `na` or the linker that completes a verb of starting or
 * trying; after `o` or `at` joining it to an infinitive.
 */
function callsForInfinitive(
  previous: string,
  earlier: readonly string[],
  readingOf: ReadingOf,
  depth = 0,
): boolean {
  if (BEFORE_INFINITIVE.has(previous)) return true;
  // `sinimulang sumulat`; `sinimulan ni Ana na sumulat`, `nagpasya siyang bumili`.
  const linked = previous !== 'na' && previous.endsWith('ng');
  if (linked && takesComplement(previous, readingOf)) return true;
  if (previous === 'na' || (linked && isPronounWithLinker(previous, readingOf)))
    return earlier.slice(0, COMPLEMENT_REACH).some((word) => takesComplement(word, readingOf));
  if (!COORDINATORS.has(previous) || depth > 1) return false;
  // The nearest verb before it decides: an infinitive, or an -um- verb that is one in its place.
  for (let at = 0; at < earlier.length; at++) {
    const reading = readingOf(earlier[at]!);
    if (!isVerb(reading)) continue;
    const best = reading.analysis;
    if (best.aspect === 'infinitive') return true;
    const before = earlier[at + 1];
    return (
      isPlainUm(best) &&
      before !== undefined &&
      callsForInfinitive(before, earlier.slice(at + 2), readingOf, depth + 1)
    );
  }
  return false;
}

/** `reading` with the aspect its place in the sentence gives it. */
export function withAspectInContext(
  reading: Reading,
  context: SentenceContext | undefined,
  readingOf: ReadingOf,
): Reading {
  if (!context?.previous || !isPlainUm(reading.analysis)) return reading;
  if (!callsForInfinitive(context.previous, context.earlier ?? [], readingOf)) return reading;
  return { ...reading, analysis: { ...reading.analysis, aspect: 'infinitive' } };
}
