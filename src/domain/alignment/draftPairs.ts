/**
 * The first draft of a text's pairs on the Add text page: the Tagalog split into paragraphs and
 * sentences, and the English aligned to it sentence by sentence.
 */
import { joinEnglishOnlyPairs } from '../content/userText';
import { splitParagraphs, splitSentences } from '../text/splitSentences';
import { alignSentences, type AlignOptions } from './align';
import type { PairDraft } from './pairEdits';

export interface DraftedPairs {
  readonly paragraphs: string[][];
  readonly pairs: PairDraft[];
}

export function draftPairs(tagalog: string, english: string, options?: AlignOptions): DraftedPairs {
  const paragraphs = splitParagraphs(tagalog);
  const tl = paragraphs.flat();
  const en = splitSentences(english);
  if (en.length === 0)
    return { paragraphs, pairs: tl.map((sentence) => ({ tl: [sentence], en: [] })) };
  const pairs = alignSentences(tl, en, options).map((bead) => ({
    tl: bead.tl.map((index) => tl[index]!),
    en: bead.en.map((index) => en[index]!),
  }));
  // The preview shows the pairs as they will be read.
  return { paragraphs, pairs: joinEnglishOnlyPairs(pairs) };
}
