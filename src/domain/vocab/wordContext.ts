import { tokenize } from '../text/tokenize';

/** A word as met in the reader: what the gloss dialog hands to "Save". */
export interface WordContext {
  /** The word exactly as written in the sentence. */
  readonly surface: string;
  /** The root (lemma) the analyzer or lexicon gave. */
  readonly root: string;
  /**
   * The word the card is for, which keys it: the lexicon's derived word where the reading is one
   * (`mabilis` fast and `pabilisin` speed up are two words of the root bilis), else the root (the
   * aspects of one verb, `kumain`, `kinain`, share the card of kain).
   */
  readonly headword: string;
  /** The sense shown first; the learner may edit it before saving. */
  readonly sense: string;
  readonly pos: string;
  /** The tapped word (same as `surface` in the reader; kept for the gloss context). */
  readonly word: string;
  readonly sentenceTl: string;
  /**
   * Where `surface` begins in `sentenceTl` (see `surfaceStart`): a sentence may have the word more
   * than once, and a fill-in-the-gap card blanks the one met. Unknown where the reader could not
   * tell.
   */
  readonly start?: number;
  readonly sentenceEn: string;
  readonly textId: string;
  readonly sentenceId: string;
}

/**
 * Where `surface` begins in `sentence` when it is written there from the sentence's `wordIndex`-th
 * word on (counted as the reader counts them, from 0; a phrase from its first word), in any case:
 * a UTF-16 offset, as the tokenizer gives. `undefined` where it is not.
 */
export function surfaceStart(
  sentence: string,
  surface: string,
  wordIndex: number,
): number | undefined {
  const word = tokenize(sentence).filter((token) => token.kind === 'word')[wordIndex];
  if (!word || !surface) return undefined;
  const written = sentence.slice(word.start, word.start + surface.length);
  return written.toLowerCase() === surface.toLowerCase() ? word.start : undefined;
}
