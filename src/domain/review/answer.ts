// Checking a typed answer and blanking a word out of its sentence.
import { fold } from '../vocab/operations';
import { displayForm, type SavedWord } from '../vocab/savedWord';

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

/**
 * What a typed recall may answer for `word`: the form the card shows, the headword the card is for
 * (its id: `ipamahagi`, saved from “ipinamamahaging”), its root, and every form it was met in.
 * Each once, the form shown first.
 */
export function acceptedAnswers(
  word: Pick<SavedWord, 'id' | 'root' | 'contexts' | 'pos'>,
): string[] {
  const forms = [
    displayForm(word),
    word.id,
    word.root,
    ...word.contexts.map((meeting) => meeting.surface),
  ];
  return [...new Set(forms)];
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
