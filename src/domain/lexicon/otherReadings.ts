// Which readings besides the best a learner is offered as "other readings": those the lookup ranks
// close to the best. The lookup keeps every reading the analyzer reaches in the lexicon, down to
// far-fetched ones (`kahit`, even: ka- + ahit "shave"), which would read as real other meanings.
import type { Reading } from './lookup';

/**
 * How far below the best a reading may score and still be offered: about five places down the
 * analyzer's ranking, or a word listed as written (a homograph, `paso`) against one that is not.
 */
export const OTHER_READING_MARGIN = 5;

/** The readings after the first that are plausible beside it, best first. */
export function otherReadings(readings: readonly Reading[]): Reading[] {
  const [best, ...rest] = readings;
  if (best === undefined) return [];
  return rest.filter((reading) => reading.score > best.score - OTHER_READING_MARGIN);
}
