/** Checks a text the learner pastes or uploads before anything is split, aligned or stored. */

export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export type TextInputProblem =
  | { readonly kind: 'empty'; readonly field: 'title' | 'tagalog' }
  | { readonly kind: 'too-large'; readonly field: 'tagalog' | 'english'; readonly bytes: number }
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
 * Problems that stop saving (`empty`, `too-large`, `binary`) and one that only warns (`mismatch`:
 * the English is far shorter or longer than a translation of the Tagalog would be).
 */
export function checkTextInput(input: { title: string; tagalog: string; english: string }): TextInputProblem[] {
  const problems: TextInputProblem[] = [];
  if (input.title.trim() === '') problems.push({ kind: 'empty', field: 'title' });
  if (input.tagalog.trim() === '') problems.push({ kind: 'empty', field: 'tagalog' });
  for (const field of ['tagalog', 'english'] as const) {
    const bytes = byteLength(input[field]);
    if (bytes > MAX_TEXT_BYTES) problems.push({ kind: 'too-large', field, bytes });
    else if (looksBinary(input[field])) problems.push({ kind: 'binary', field });
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

export type DecodedFile = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'encoding' | 'binary' | 'too-large' };

/** Decodes an uploaded file: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused. */
export function decodeTextFile(bytes: Uint8Array): DecodedFile {
  if (bytes.length > MAX_TEXT_BYTES) return { ok: false, reason: 'too-large' };
  const [first, second] = bytes;
  try {
    if (first === 0xff && second === 0xfe) return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)) };
    if (first === 0xfe && second === 0xff) return { ok: true, text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)) };
    if (bytes.includes(0)) return { ok: false, reason: 'binary' };
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return looksBinary(text) ? { ok: false, reason: 'binary' } : { ok: true, text };
  } catch {
    return { ok: false, reason: 'encoding' };
  }
}
