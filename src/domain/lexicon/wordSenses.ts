// The English a Tagalog word may translate to, for the aligner to pair sentences by their words.
import type { Lexicon } from './lexicon';
import { lookupWord, type Analyze } from './lookup';

/** The senses of a word's two best readings (its derived form's where listed), looked up once. */
export function wordSenses(
  lexicon: Lexicon,
  analyze: Analyze,
): (word: string) => readonly string[] {
  const senses = new Map<string, readonly string[]>();
  return (word) => {
    let found = senses.get(word);
    if (!found) {
      const readings = lookupWord(lexicon, analyze, word).readings.slice(0, 2);
      found = readings.flatMap((reading) => reading.derived?.senses ?? reading.entry.senses);
      senses.set(word, found);
    }
    return found;
  };
}
