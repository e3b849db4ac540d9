/**
 * Splits a sentence into words, numbers, punctuation and spaces. Concatenating the tokens' text
 * gives back the sentence exactly, so the reader can render every token as written.
 */
import { lexiconKey } from '../lexicon/normalize';

interface TokenBase {
  readonly text: string;
  /** Offsets in the sentence (UTF-16 code units), end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** `iba’t` is `iba` + `at`, `siya’y` is `siya` + `ay`: the host and the contracted word. */
export interface Contraction {
  readonly host: string;
  readonly clitic: 'at' | 'ay';
}

export interface WordToken extends TokenBase {
  readonly kind: 'word';
  /** The key the lexicon files the word under: lower case, straight apostrophes, no accents. */
  readonly normalized: string;
  readonly contraction?: Contraction;
}

export interface OtherToken extends TokenBase {
  /** `link`: a web or e-mail address, shown as written and glossed as no word. */
  readonly kind: 'number' | 'punctuation' | 'space' | 'link';
}

export type Token = WordToken | OtherToken;

// Abbreviations whose full stop belongs to the word (`Gng. Santos`, `atbp.`).
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'g',
  'gng',
  'bb',
  'dr',
  'dra',
  'sen',
  'sr',
  'jr',
  'atbp',
  'hal',
  'mr',
  'mrs',
  'ms',
  'st',
  'blg',
  'inc',
  'corp',
  'co',
  'ltd',
  'vs',
  'etc',
  'pres',
  'gov',
  'atty',
  'engr',
  'kgg',
  'gob',
  'rep',
  'sec',
  'gen',
  'col',
  'capt',
  'prof',
  'no',
  'p',
  'pp',
  'tel',
  'ene',
  'peb',
  'abr',
  'hun',
  'hul',
  'ago',
  'set',
  'okt',
  'nob',
  'dis',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'sta',
  'sto',
  'hon',
  'sgt',
  'supt',
  'insp',
  'lt',
  'maj',
  'cmdr',
  'msgr',
  'rev',
  'fr',
  'mt',
  'cong',
  'kag',
  'kap',
  'bgy',
  'brgy',
  'ave',
  'blvd',
  'dept',
  'univ',
  'bros',
]);

// Words written with a leading apostrophe for a dropped syllable: ‘yung (iyong), ‘di (hindi).
const LEADING_APOSTROPHE = new Set([
  'y',
  'yung',
  'yun',
  'yan',
  'yon',
  'di',
  'to',
  'wag',
  'kaw',
  'la',
  'nga',
  'pag',
]);

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s+/uy;
// Currency, digits with thousands separators, decimals, ranges (`31-5`), times, percent, ordinals,
// thousands, millions and billions (`2.5M`, `P1.2B`).
const NUMBER =
  /(?:[₱$€£¥]|P(?=\d))?\d+(?:[.,:]\d+)*(?:[-–]\d+(?:[.,:]\d+)*)?(?:%|st|nd|rd|th|[KMB])?(?![\p{L}\p{N}])/uy;
// A word: letter-initial segments of letters, marks and digits joined by hyphens, apostrophes or
// (before a lower-case letter, as in `JD.com`) a full stop, with the minutes of an hour told in
// digits (`alas-3:00`); or initials like `U.S.`. Invisible format characters that text from web
// pages carries inside words (a soft hyphen, a zero-width space) belong to the word, not split it.
const INITIALS = /(?:\p{L}\.){2,}/uy;
const WORD =
  /\p{L}[\p{L}\p{M}\p{N}\p{Cf}]*(?:(?:[-‐‑'’ʼ]|\.(?=\p{Ll}))[\p{L}\p{M}\p{N}\p{Cf}]+)*(?:(?<=\d):\d\d)?/uy;
const APOSTROPHE = /^['‘’ʼ]/u;
// Digit-initial words that are not numbers: `4G`, `3D`, `5G-ready`.
const ALPHANUMERIC = /\p{N}+\p{L}[\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*/uy;

// A web address (with its scheme, or starting www.) or an e-mail address, less the punctuation
// that ends the sentence or clause after it.
const LINK =
  /(?:https?:\/\/|www\.)[^\s<>"“”‘’]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const LINK_END = /[.,;:!?)\]]+$/u;

function matchAt(pattern: RegExp, text: string, index: number): string | undefined {
  pattern.lastIndex = index;
  return pattern.exec(text)?.[0];
}

function contractionOf(normalized: string): Contraction | undefined {
  const match = /^(.+[aeiou])'([ty])$/.exec(normalized);
  if (!match) return undefined;
  return { host: match[1]!, clitic: match[2] === 't' ? 'at' : 'ay' };
}

function word(text: string, start: number): WordToken {
  const normalized = lexiconKey(text);
  const contraction = contractionOf(normalized);
  return {
    kind: 'word',
    text,
    normalized,
    start,
    end: start + text.length,
    ...(contraction ? { contraction } : {}),
  };
}

/** The word starting at `index`, with an abbreviation's full stop or a leading apostrophe. */
function wordAt(text: string, index: number): string | undefined {
  const initials = matchAt(INITIALS, text, index) ?? matchAt(ALPHANUMERIC, text, index);
  if (initials) return initials;
  const previous = text[index - 1];
  if (APOSTROPHE.test(text[index] ?? '') && (previous === undefined || !LETTER.test(previous))) {
    const rest = matchAt(WORD, text, index + 1);
    if (rest && LEADING_APOSTROPHE.has(lexiconKey(rest))) return text[index] + rest;
    return undefined;
  }
  const found = matchAt(WORD, text, index);
  if (found && text[index + found.length] === '.' && ABBREVIATIONS.has(found.toLowerCase())) {
    // `Dr. Reyes`, `atbp.`: keep the stop, unless it ends the sentence after an ordinary word.
    const after = text.slice(index + found.length + 1);
    if (after === '' ? found.length <= 4 : /^\s+\S/u.test(after)) return found + '.';
  }
  return found;
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  // Most sentences hold no address: the pattern is not tried at each of their words.
  const mayLink = /@|:\/\/|www\./iu.test(sentence);
  let index = 0;
  while (index < sentence.length) {
    const space = matchAt(SPACE, sentence, index);
    if (space) {
      tokens.push({ kind: 'space', text: space, start: index, end: index + space.length });
      index += space.length;
      continue;
    }
    const link = mayLink ? matchAt(LINK, sentence, index)?.replace(LINK_END, '') : undefined;
    if (link) {
      tokens.push({ kind: 'link', text: link, start: index, end: index + link.length });
      index += link.length;
      continue;
    }
    const number = matchAt(NUMBER, sentence, index);
    if (number) {
      tokens.push({ kind: 'number', text: number, start: index, end: index + number.length });
      index += number.length;
      continue;
    }
    const found = wordAt(sentence, index);
    if (found) {
      tokens.push(word(found, index));
      index += found.length;
      continue;
    }
    // One punctuation mark (an ellipsis of full stops stays together).
    const mark = sentence.startsWith('...', index)
      ? '...'
      : String.fromCodePoint(sentence.codePointAt(index)!);
    tokens.push({ kind: 'punctuation', text: mark, start: index, end: index + mark.length });
    index += mark.length;
  }
  return tokens;
}

/** The words of a sentence as written, in order. */
export function wordsOf(sentence: string): string[] {
  return tokenize(sentence)
    .filter((token) => token.kind === 'word')
    .map((token) => token.text);
}
