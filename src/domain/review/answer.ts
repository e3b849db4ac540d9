// Checking a typed answer and blanking a word out of its sentence.
import { fold } from '../vocab/operations';

const comparable = (text: string): string =>
  fold(text)
    .replace(/[^\p{L}\p{N}' -]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Lenient on case, accents, spaces and punctuation: "Bása!" answers "basa". */
export function isCorrectAnswer(typed: string, expected: readonly string[]): boolean {
  const answer = comparable(typed);
  return answer !== '' && expected.some((form) => comparable(form) === answer);
}

export interface Cloze {
  readonly before: string;
  readonly after: string;
  readonly answer: string;
}

/** The sentence split around the word, or `undefined` if the word is not in it. */
export function clozeOf(sentence: string, surface: string): Cloze | undefined {
  if (!surface) return undefined;
  const pattern = new RegExp(
    `(^|[^\\p{L}\\p{N}'-])(${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?=$|[^\\p{L}\\p{N}'-])`,
    'iu',
  );
  const match = pattern.exec(sentence);
  if (!match) return undefined;
  const start = match.index + (match[1] ?? '').length;
  const answer = match[2] ?? surface;
  return { before: sentence.slice(0, start), after: sentence.slice(start + answer.length), answer };
}
