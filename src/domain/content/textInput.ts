/** Checks a text the learner pastes or uploads before anything is split, aligned or stored. */
import { tokenize } from '../text/tokenize';

/** Bytes a file or field may have to be read at all: far more than `MAX_TEXT_WORDS` words. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * Words a text (its Tagalog, and its English) may have. Pairing the sentences blocks the page and
 * grows faster than the text. Measured on a desktop (a phone is about 5 times slower): at 10,000
 * words 60 ms, or 250 ms when the English lacks a part; at 20,000 words 100 ms, or 1.1 s. Longer
 * texts are better added in parts.
 */
export const MAX_TEXT_WORDS = 10_000;

export type TextInputProblem =
  | { readonly kind: 'empty'; readonly field: 'title' | 'tagalog' }
  /** Only numbers and punctuation: nothing to tap and read. */
  | { readonly kind: 'no-words'; readonly field: 'tagalog' }
  | { readonly kind: 'too-long'; readonly field: 'tagalog' | 'english'; readonly maxWords: number }
  | { readonly kind: 'binary'; readonly field: 'tagalog' | 'english' }
  | { readonly kind: 'mismatch'; readonly ratio: number };

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

// Control characters other than tab, newline and carriage return mean a binary file, not text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g;

function looksBinary(text: string): boolean {
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 0 && controls / Math.max(1, text.length) > 0.001;
}

/**
 * The word tokens of `text` (numbers and punctuation are not words), counted up to `atMost` + 1:
 * a text far over a limit costs no more to check than one just over it. No token spans a space,
 * so tokenizing the text piece by piece counts as tokenizing it whole would.
 */
export function countWords(text: string, atMost = Infinity): number {
  let count = 0;
  for (const [piece] of text.matchAll(/\S+/gu)) {
    count += tokenize(piece).filter((token) => token.kind === 'word').length;
    if (count > atMost) break;
  }
  return count;
}

/**
 * Problems that stop saving (`empty`, `no-words`, `too-long`, `binary`) and one that only warns
 * (`mismatch`: the English is far shorter or longer than a translation of the Tagalog would be).
 */
export function checkTextInput(input: {
  title: string;
  tagalog: string;
  english: string;
}): TextInputProblem[] {
  const problems: TextInputProblem[] = [];
  if (input.title.trim() === '') problems.push({ kind: 'empty', field: 'title' });
  if (input.tagalog.trim() === '') problems.push({ kind: 'empty', field: 'tagalog' });
  for (const field of ['tagalog', 'english'] as const) {
    const text = input[field];
    if (looksBinary(text)) {
      problems.push({ kind: 'binary', field });
      continue;
    }
    const words =
      byteLength(text) > MAX_TEXT_BYTES ? Infinity : countWords(text, MAX_TEXT_WORDS);
    if (words > MAX_TEXT_WORDS) problems.push({ kind: 'too-long', field, maxWords: MAX_TEXT_WORDS });
    else if (field === 'tagalog' && words === 0 && text.trim() !== '')
      problems.push({ kind: 'no-words', field });
  }
  const tagalogLength = input.tagalog.trim().length;
  const englishLength = input.english.trim().length;
  if (tagalogLength > 200 && englishLength > 0) {
    const ratio = englishLength / tagalogLength;
    if (ratio < 0.4 || ratio > 2.5) problems.push({ kind: 'mismatch', ratio });
  }
  return problems;
}

export const isBlocking = (problem: TextInputProblem): boolean => problem.kind !== 'mismatch';

export type DecodedFile =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'encoding' | 'binary' | 'too-large' };

/** Decodes an uploaded file: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused. */
export function decodeTextFile(bytes: Uint8Array): DecodedFile {
  if (bytes.length > MAX_TEXT_BYTES) return { ok: false, reason: 'too-large' };
  const [first, second] = bytes;
  try {
    if (first === 0xff && second === 0xfe)
      return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)) };
    if (first === 0xfe && second === 0xff)
      return { ok: true, text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)) };
    if (bytes.includes(0)) return { ok: false, reason: 'binary' };
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return looksBinary(text) ? { ok: false, reason: 'binary' } : { ok: true, text };
  } catch {
    return { ok: false, reason: 'encoding' };
  }
}
