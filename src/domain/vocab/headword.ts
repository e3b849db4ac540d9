// Which word a learner's card is for. A root's derived words with meanings of their own
// (`mabilis` fast, `pabilisin` speed up, from bilis speed) are words to learn apart; the aspects of
// one verb (`kumain`, `kinain`, `kakain`) are one word.
import type { LookupResult, Reading } from '../lexicon';
import { lexiconKey } from '../lexicon/normalize';

/** The headword of `reading`: the lexicon's derived word it is, else its root. */
function headwordOf(reading: Pick<Reading, 'lemma' | 'derived'>): string {
  return reading.derived?.form ?? reading.lemma;
}

/**
 * The headword a looked-up `word` is saved under: its best reading's, else the analyzer's guessed
 * root, else the word itself. The gloss dialog's Save and the reader's marks both file by it.
 */
export function headwordOfLookup(result: LookupResult, word: string): string {
  const reading = result.readings[0];
  return reading ? headwordOf(reading) : (result.guess?.root ?? lexiconKey(word));
}
