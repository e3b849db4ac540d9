/** A word as met in the reader: what the gloss dialog hands to "Save". */
export interface WordContext {
  /** The word exactly as written in the sentence. */
  readonly surface: string;
  /** The root (lemma) the analyzer or lexicon gave; cards are keyed by it. */
  readonly root: string;
  /** The sense shown first; the learner may edit it before saving. */
  readonly sense: string;
  readonly pos: string;
  /** The tapped word (same as `surface` in the reader; kept for the gloss context). */
  readonly word: string;
  readonly sentenceTl: string;
  readonly sentenceEn: string;
  readonly textId: string;
  readonly sentenceId: string;
}
