/**
 * Splits Tagalog or English prose into paragraphs and sentences. Blank lines separate paragraphs.
 * Inside a paragraph a sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotes and
 * brackets after it) followed by a space and something that can start a sentence; full stops of
 * abbreviations, initials, decimals and names like `JD.com` do not end one. A single line break
 * ends a sentence only when the next line is a list item, the line before ends with such a mark,
 * or the line before is clearly shorter than the paragraph's wrapped lines (a heading or a line
 * written on its own). Sentences are trimmed and a line break inside one becomes a space; the
 * text is otherwise kept as written.
 */
import { BEFORE_NUMBER, MAY_END, SENTENCE_STARTERS, TITLES } from './sentenceAbbreviations';

const TERMINAL = /[.!?…‽]+/gu;
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}', '›']);
const OPENERS = /^["'“‘«([{‹¿¡]+/u;
const SPACE = /\s+/uy;
/** `- item`, `* item`, `• item`, `1. item`, `2) item`, `a) item`, `(b) item`. */
const LIST_ITEM = /^(?:[-*•‣–—]\s|\(?\d{1,3}[.)]\s|\(?\p{Ll}\)\s)/u;
const NEXT_WORD = /^[\p{L}\p{M}\p{N}'’-]*/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
/** A line shorter than this share of the paragraph's longest line was ended on purpose. */
const SHORT_LINE = 0.6;

interface Line {
  readonly start: number;
  readonly end: number;
}

/** The word before the stop at `index`, without opening quotes or brackets. */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  return text.slice(start, index).replace(OPENERS, '');
}

const isUpper = (char: string): boolean => /\p{Lu}/u.test(char);
const isLower = (char: string): boolean => /\p{Ll}/u.test(char);

function startsAtLineStart(text: string, wordStart: number): boolean {
  for (let index = wordStart - 1; index >= 0; index--) {
    const char = text[index]!;
    if (char === '\n') return true;
    if (!/\s/u.test(char)) return false;
  }
  return true;
}

/**
 * What the splitter knows of the whole text: words written in lower case somewhere in it. A
 * capitalised word that is also written in lower case is an ordinary word starting a sentence,
 * not a name (the idea of document-level evidence in Mikheev's work on periods).
 */
interface Context {
  readonly lowerCaseWords: ReadonlySet<string>;
}

function contextOf(text: string): Context {
  const lowerCaseWords = new Set<string>();
  for (const [word] of text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu))
    lowerCaseWords.add(word);
  return { lowerCaseWords };
}

/** Whether the marks at `markStart` followed by a space and `next` end a sentence. */
function endsSentence(
  text: string,
  markStart: number,
  marks: string,
  next: string,
  newline: boolean,
  context: Context,
): boolean {
  if (newline && LIST_ITEM.test(next)) return true;
  const bare = next.replace(OPENERS, '');
  const first = bare[0] ?? '';
  const nextWord = NEXT_WORD.exec(bare)?.[0] ?? '';
  const lowerNext = nextWord.toLowerCase();
  const startsSentence =
    isUpper(first) && (SENTENCE_STARTERS.has(lowerNext) || context.lowerCaseWords.has(lowerNext));
  if (marks === '.') {
    const word = wordBefore(text, markStart);
    const key = word.toLowerCase();
    const acronym = word.length >= 2 && word === word.toUpperCase() && !word.includes('.');
    if (/^(?:\d{1,3}|\p{L})$/u.test(word) && startsAtLineStart(text, markStart - word.length)) {
      return false; // a list number: `1. Ang una`
    }
    if (!acronym && TITLES.has(key)) return false;
    if (!acronym && BEFORE_NUMBER.has(key) && /^\d/u.test(bare)) return false;
    if (key === 'etc' || key === 'atbp') return newline || isUpper(first);
    if (/^\p{Lu}$/u.test(word)) {
      // An initial (`John F. Kennedy`, `minister P. Chidambaram`) unless a common word follows.
      return isUpper(first) && SENTENCE_STARTERS.has(lowerNext);
    } else if ((!acronym && MAY_END.has(key)) || DOTTED.test(word)) {
      return startsSentence || newline;
    }
  }
  if (newline) return true;
  if (marks.includes('…') || marks.includes('..')) return isUpper(first);
  return first !== '' && !isLower(first);
}

function linesOf(paragraph: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = paragraph.indexOf('\n', start);
    lines.push({ start, end: end === -1 ? paragraph.length : end });
    if (end === -1) return lines;
    start = end + 1;
  }
}

/** Offsets where a sentence ends because of a line break with no final mark before it. */
function lineBreakCuts(paragraph: string): number[] {
  const lines = linesOf(paragraph);
  if (lines.length < 2) return [];
  const lengthOf = (line: Line): number => paragraph.slice(line.start, line.end).trim().length;
  const longest = Math.max(...lines.map(lengthOf));
  const cuts: number[] = [];
  lines.slice(0, -1).forEach((line, index) => {
    const next = paragraph.slice(lines[index + 1]!.start).trimStart();
    const first = next.replace(OPENERS, '')[0] ?? '';
    const isShort = lengthOf(line) < SHORT_LINE * longest && (isUpper(first) || /\d/u.test(first));
    if (LIST_ITEM.test(next) || isShort) cuts.push(line.end);
  });
  return cuts;
}

const countQuotes = (text: string, start: number, end: number): number =>
  text.slice(start, end).split('"').length - 1;
const isOdd = (count: number): boolean => count % 2 === 1;

function sentenceCuts(paragraph: string, context: Context): number[] {
  const cuts = new Set(lineBreakCuts(paragraph));
  let sentenceStart = 0;
  for (const match of paragraph.matchAll(TERMINAL)) {
    let end = match.index + match[0].length;
    while (end < paragraph.length && CLOSERS.has(paragraph[end]!)) end++;
    // A closing quote set off by a space (`… investigation. " All other …`) stays with its
    // sentence; a straight one only when it closes a quote the sentence opened.
    const detached = /^[^\S\n]+(["”’])(?=\s|$)/u.exec(paragraph.slice(end, end + 3));
    if (detached && (detached[1] !== '"' || isOdd(countQuotes(paragraph, sentenceStart, end)))) {
      end += detached[0].length;
    }
    if (end === paragraph.length) continue;
    SPACE.lastIndex = end;
    const space = SPACE.exec(paragraph)?.[0];
    if (!space) continue;
    const next = paragraph.slice(end + space.length, end + space.length + 40);
    const newline = space.includes('\n');
    if (endsSentence(paragraph, match.index, match[0], next, newline, context)) {
      cuts.add(end);
      sentenceStart = end;
    }
  }
  return [...cuts].sort((a, b) => a - b);
}

/** The sentences of one paragraph (a text without blank lines). */
function sentencesOfParagraph(paragraph: string, context: Context): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const cut of [...sentenceCuts(paragraph, context), paragraph.length]) {
    const sentence = paragraph
      .slice(start, cut)
      .trim()
      .replace(/[ \t]*\n\s*/gu, ' ');
    if (sentence !== '') sentences.push(sentence);
    start = cut;
  }
  return sentences;
}

/** Paragraphs (separated by blank lines) of sentences; empty paragraphs are left out. */
export function splitParagraphs(text: string): string[][] {
  const context = contextOf(text);
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[^\S\n]*\n/u)
    .map((paragraph) => sentencesOfParagraph(paragraph, context))
    .filter((sentences) => sentences.length > 0);
}

/** The sentences of a text, paragraphs run together. */
export function splitSentences(text: string): string[] {
  return splitParagraphs(text).flat();
}
