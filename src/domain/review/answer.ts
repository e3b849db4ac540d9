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

// What continues a word: a match must not touch one on either side. Built once: a Unicode
// RegExp built per call cost milliseconds, seconds when a backup's 10,000 words are indexed.
const ENDS_WORD = /[\p{L}\p{N}'-]$/u;
const STARTS_WORD = /^[\p{L}\p{N}'-]/u;

/**
 * Whether the `length` code units at `index` stand as a whole word. Two units each side: enough
 * for one code point, a letter outside the Basic Multilingual Plane too.
 */
function isWholeWordAt(sentence: string, index: number, length: number): boolean {
  const end = index + length;
  return (
    !ENDS_WORD.test(sentence.slice(Math.max(0, index - 2), index)) &&
    !STARTS_WORD.test(sentence.slice(end, end + 2))
  );
}

/**
 * Where `needle` first stands as a whole word of `sentence`, or -1. `haystack` is the sentence or
 * its lower case (with the same offsets).
 */
function wholeWordIn(haystack: string, needle: string, sentence: string): number {
  for (
    let index = haystack.indexOf(needle);
    index !== -1;
    index = haystack.indexOf(needle, index + 1)
  ) {
    if (isWholeWordAt(sentence, index, needle.length)) return index;
  }
  return -1;
}

/** Where `surface` first stands as a whole word of `sentence` in any case; -1 if nowhere. */
function wholeWordIgnoringCase(sentence: string, surface: string): number {
  const lower = sentence.toLowerCase();
  const needle = surface.toLowerCase();
  // Lower case keeps every offset unless a letter grows (İ → i̇): then compare place by place.
  if (lower.length === sentence.length && needle.length === surface.length) {
    return wholeWordIn(lower, needle, sentence);
  }
  for (let index = 0; index + surface.length <= sentence.length; index += 1) {
    if (
      sentence.slice(index, index + surface.length).toLowerCase() === needle &&
      isWholeWordAt(sentence, index, surface.length)
    ) {
      return index;
    }
  }
  return -1;
}

/**
 * Whether `surface` (in any case) is written at `start` of `sentence`. No boundary test: the place
 * is where the reader found the word, whose ends its tokenizer knows (`'oo'` quoted is a word).
 */
function isWrittenAt(sentence: string, surface: string, start: number): boolean {
  if (!Number.isInteger(start) || start < 0 || start + surface.length > sentence.length)
    return false;
  const written = sentence.slice(start, start + surface.length);
  return written === surface || written.toLowerCase() === surface.toLowerCase();
}

/**
 * The sentence split around the word, or `undefined` if the word is not in it. `start` is where
 * the word was met (`Meeting.start`): a sentence may have it more than once (`ng`). Without it,
 * or where it no longer points at the word, the first whole word written the same, else the
 * first in any case (`digital` is not the `Digital` of a name before it).
 */
export function clozeOf(sentence: string, surface: string, start?: number): Cloze | undefined {
  if (!surface) return undefined;
  let at = start !== undefined && isWrittenAt(sentence, surface, start) ? start : -1;
  if (at === -1) at = wholeWordIn(sentence, surface, sentence);
  if (at === -1) at = wholeWordIgnoringCase(sentence, surface);
  if (at === -1) return undefined;
  const end = at + surface.length;
  return {
    before: sentence.slice(0, at),
    after: sentence.slice(end),
    answer: sentence.slice(at, end),
  };
}
