import { tokenize } from '../text/tokenize';
import type { SentenceContext } from './lookup';

// Punctuation that ends a phrase; apostrophes and hyphens live inside words.
const PHRASE_BREAK = /[.,;:!?()“”"]/;

/**
 * A sentence as phrase-matching input: word keys (and numbers), with `null` where punctuation
 * breaks a phrase; `wordPositions[i]` is where the i-th word stands in it; `written` has the
 * words as the sentence writes them, at the same positions.
 */
export function phraseInput(sentence: string): {
  input: (string | null)[];
  wordPositions: number[];
  written: (string | null)[];
} {
  const input: (string | null)[] = [];
  const wordPositions: number[] = [];
  const written: (string | null)[] = [];
  for (const token of tokenize(sentence)) {
    if (token.kind === 'word') {
      wordPositions.push(input.length);
      input.push(token.normalized);
      written.push(token.text);
    } else if (token.kind === 'number') {
      input.push(token.text);
      written.push(token.text);
    } else if (
      token.kind === 'link' ||
      (token.kind === 'punctuation' && PHRASE_BREAK.test(token.text))
    ) {
      input.push(null);
      written.push(null);
    }
  }
  return { input, wordPositions, written };
}

/** The neighbours of the word at `position` in a phrase input, for ranking its readings. */
export function contextAt(input: readonly (string | null)[], position: number): SentenceContext {
  const previous = input[position - 1] ?? undefined;
  const next = input[position + 1] ?? undefined;
  const earlier: string[] = [];
  if (previous)
    for (let at = position - 2; at >= 0 && earlier.length < EARLIER_WORDS; at--) {
      const word = input[at];
      if (!word) break; // punctuation ends the clause
      earlier.push(word);
    }
  return {
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
    ...(earlier.length > 0 ? { earlier } : {}),
  };
}

// How far back a verb's clause is looked at (a verb and its objects before `o`, `at`, `na`).
const EARLIER_WORDS = 12;
