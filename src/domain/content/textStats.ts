import { tokenize } from '../text/tokenize';
import type { Text } from './textSchema';

export interface TextStats {
  readonly sentences: number;
  readonly words: number;
}

/** The sentences and words of the text's body: the title paragraph is not part of the reading. */
export function textStats(text: Text): TextStats {
  const sentences = text.paragraphs
    .filter((paragraph) => paragraph.role !== 'title')
    .flatMap((paragraph) => paragraph.sentences);
  const words = sentences.reduce(
    (count, sentence) => count + tokenize(sentence.text).filter((token) => token.kind === 'word').length,
    0,
  );
  return { sentences: sentences.length, words };
}
