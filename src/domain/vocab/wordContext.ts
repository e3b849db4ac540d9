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
  readonly sentenceEn: string;
  readonly textId: string;
  readonly sentenceId: string;
}
