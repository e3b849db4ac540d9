// Spanish words keep their ñ in Tagalog text (`piña`, `baño`, `Doña`), where Tagalog spelling
// writes ny (pinya, banyo, donya). The lexicon files them under the ny spelling; folding the tilde
// away alone finds another word (bano, inept) or none.
import type { LexiconEntry } from './entry';
import type { LookupResult, Reading } from './lookup';
import { lexiconKey } from './normalize';
import { isClosedClass } from './readingRules';

const TILDE_N = /[ñÑ]/;

/** `word` with each ñ written ny (Ñ as Ny, or NY in a word in capitals), or undefined if none. */
export function nySpelling(word: string): string | undefined {
  if (!TILDE_N.test(word)) return undefined;
  const capitals = word === word.toUpperCase();
  return word.replace(/ñ/g, 'ny').replace(/Ñ/g, capitals ? 'NY' : 'Ny');
}

/**
 * The readings of the word with the tilde folded away (`folded`) whose entry is spelled with ñ
 * (`Año` as año, year, in Año Nuevo) first, then those of the word spelled with ny (`piña` as
 * pinya), then the other folded ones (`baño` as banyo, bathroom, before bano, inept). A word
 * spelled with ñ is Spanish, never a Tagalog function word: its ny spelling's closed-class
 * readings are dropped (`niño` is no ninyo, your).
 */
export function withNyReadings(folded: LookupResult, ny: LookupResult): LookupResult {
  const open = ny.readings.filter((reading) => !isClosedClass(readingPos(reading)));
  const withTilde = folded.readings.filter((reading) => isSpelledWithTilde(reading.entry));
  if (open.length === 0 && withTilde.length === 0) return folded;
  const first = new Set(withTilde.map((reading) => reading.entry));
  const next = open.filter((reading) => !first.has(reading.entry));
  const taken = new Set([...first, ...next.map((reading) => reading.entry)]);
  return {
    word: folded.word,
    readings: [
      ...withTilde,
      ...next,
      ...folded.readings.filter((reading) => !taken.has(reading.entry)),
    ],
  };
}

const isSpelledWithTilde = (entry: LexiconEntry): boolean =>
  TILDE_N.test(entry.lemma) || (entry.variants ?? []).some((variant) => TILDE_N.test(variant));

const readingPos = (reading: Reading) =>
  reading.derived ? [reading.derived.pos] : reading.entry.pos;

/**
 * The readings of a word written without ñ, the entry spelled as the word is (`ano`, what) before
 * the one whose letters fold to it (`año`, year), wherever the lexicon lists the two.
 */
export function withPlainSpellingFirst(result: LookupResult): LookupResult {
  const { readings } = result;
  const tildeAt = readings.findIndex((reading) => TILDE_N.test(reading.lemma));
  if (tildeAt < 0) return result;
  const key = lexiconKey(readings[tildeAt]!.lemma);
  const plainAt = readings.findIndex(
    (reading, index) =>
      index > tildeAt && !TILDE_N.test(reading.lemma) && lexiconKey(reading.lemma) === key,
  );
  if (plainAt < 0) return result;
  const reordered = readings.filter((_, index) => index !== plainAt);
  reordered.splice(tildeAt, 0, readings[plainAt]!);
  return { ...result, readings: reordered };
}
