import { describe, expect, it } from 'vitest';
import type { Text } from '../../../src/domain/content';
import { paragraphsAfter, paragraphsToRenderFirst } from '../../../src/ui/reader/firstParagraphs';

/** A text of `count` paragraphs, each one sentence of `letters` letters: p1/s1, p2/s2… */
function textOf(count: number, letters: number): Text {
  return {
    format: 'tulay-text',
    version: 1,
    id: 'mine-1',
    language: 'tl',
    titleTl: 'Mahaba',
    titleEn: 'Long',
    source: 'added-by-you',
    level: 'beginner',
    paragraphs: Array.from({ length: count }, (_, index) => ({
      id: `p${index + 1}`,
      sentences: [{ id: `s${index + 1}`, text: 'a'.repeat(letters) }],
    })),
  };
}

describe('paragraphsToRenderFirst', () => {
  it.each([
    ['a short text is rendered whole', textOf(5, 100), undefined, 1000, 5],
    ['a long one up to the budget', textOf(100, 100), undefined, 1000, 10],
    ['one paragraph at least, however long', textOf(3, 5000), undefined, 1000, 1],
    ['a sentence within the budget changes nothing', textOf(100, 100), 's4', 1000, 10],
    // Up to the paragraph of s50, and 3,000 letters below it.
    ['a sentence further down is rendered, and what follows it', textOf(100, 100), 's50', 1000, 80],
    ['up to the end, where the text ends first', textOf(60, 100), 's50', 1000, 60],
    ['an unknown sentence changes nothing', textOf(100, 100), 's999', 1000, 10],
  ])('%s', (_case, text, sentenceId, budget, expected) => {
    expect(paragraphsToRenderFirst(text, sentenceId, budget)).toBe(expected);
  });
});

describe('paragraphsAfter', () => {
  it.each([
    ['the next budget’s worth', 10, 100, 20],
    ['one paragraph at least', 10, 5000, 11],
    ['no further than the end', 95, 100, 100],
    ['none past the end', 100, 100, 100],
  ])('%s', (_case, count, letters, expected) => {
    expect(paragraphsAfter(textOf(100, letters), count, 1000)).toBe(expected);
  });
});
