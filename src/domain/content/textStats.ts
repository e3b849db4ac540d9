import { tokenize } from '../text/tokenize';
import { sentencesOf, type Text } from './textSchema';

export interface TextStats {
  readonly sentences: number;
  readonly words: number;
}

export function textStats(text: Text): TextStats {
  const sentences = sentencesOf(text);
  const words = sentences.reduce(
    (count, sentence) => count + tokenize(sentence.text).filter((token) => token.kind === 'word').length,
    0,
  );
  return { sentences: sentences.length, words };
}
