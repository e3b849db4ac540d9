// Which word a learner's card is for. A root's derived words with meanings of their own
// (`mabilis` fast, `pabilisin` speed up, from bilis speed) are words to learn apart; the aspects of
// one verb (`kumain`, `kinain`, `kakain`) are one word.
import type { Reading } from '../lexicon';

/** The headword of `reading`: the lexicon's derived word it is, else its root. */
export function headwordOf(reading: Pick<Reading, 'lemma' | 'derived'>): string {
  return reading.derived?.form ?? reading.lemma;
}
