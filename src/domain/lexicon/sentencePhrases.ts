// A sentence as phrase input and the phrases in it, kept per lexicon and analyzer: the gloss of any
// of its words needs them, and the reader finds them for every sentence of a text as it opens it
// (to mark the learner's words), so that a tap finds them ready.
import type { Lexicon } from './lexicon';
import { keptPerLexicon } from './keptPerLexicon';
import type { Analyze } from './lookup';
import { phraseInput } from './phraseInput';
import { findPhrases, type PhraseMatch } from './phrases';

export interface SentencePhrases {
  /** See `phraseInput`. */
  readonly input: readonly (string | null)[];
  readonly wordPositions: readonly number[];
  readonly written: readonly (string | null)[];
  /** See `findPhrases`. */
  readonly phrases: readonly PhraseMatch[];
}

// Sentences kept at most per lexicon: many texts' worth; past it the memo starts afresh.
const SENTENCES_KEPT = 8192;

const sentencesOf = keptPerLexicon(() => new Map<string, SentencePhrases>());

/** The phrase input of `sentence` and the phrases `lexicon` lists in it (kept; do not change). */
export function sentencePhrases(
  lexicon: Lexicon,
  sentence: string,
  analyze: Analyze,
): SentencePhrases {
  const bySentence = sentencesOf(lexicon, analyze);
  let found = bySentence.get(sentence);
  if (!found) {
    const { input, wordPositions, written } = phraseInput(sentence);
    found = { input, wordPositions, written, phrases: findPhrases(lexicon, input, analyze) };
    if (bySentence.size >= SENTENCES_KEPT) bySentence.clear();
    bySentence.set(sentence, found);
  }
  return found;
}
