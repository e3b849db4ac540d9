import { describe, expect, it } from 'vitest';
import { sentenceAtTop, type SentenceBox } from '../../../src/ui/reader/readingArea';

/** Sentences 100 px tall, one after another, the first starting `start` px from the viewport top. */
function stacked(start: number, ...ids: string[]): SentenceBox[] {
  return ids.map((id, index) => ({
    id,
    top: start + index * 100,
    bottom: start + index * 100 + 100,
  }));
}

describe('sentenceAtTop', () => {
  it('skips the sentence hidden behind the header (104 px on a phone)', () => {
    // s11 spans 4–104: all of it under the header. s12 starts right at the header's bottom edge.
    expect(sentenceAtTop(stacked(4, 's11', 's12', 's13'), 104)).toBe('s12');
  });

  it('follows a taller header, as the Tagalog interface has', () => {
    expect(sentenceAtTop(stacked(40, 's11', 's12', 's13'), 140)).toBe('s12');
    expect(sentenceAtTop(stacked(40, 's11', 's12', 's13'), 104)).toBe('s11');
  });

  it('counts a sentence that shows only its bottom padding, or a pixel of rounding, as read', () => {
    expect(sentenceAtTop(stacked(10, 's11', 's12'), 104)).toBe('s12'); // s11 ends 6 px below
    expect(sentenceAtTop(stacked(5, 's11', 's12'), 104.4)).toBe('s12');
  });

  it('keeps a sentence the header half covers: it is the one being read', () => {
    expect(sentenceAtTop(stacked(60, 's12', 's13'), 104)).toBe('s12');
  });

  it('does not depend on the order the sentences come in', () => {
    expect(sentenceAtTop(stacked(4, 's11', 's12', 's13').reverse(), 104)).toBe('s12');
  });

  it('finds nothing when nothing shows below the header', () => {
    expect(sentenceAtTop([], 104)).toBeUndefined();
    expect(sentenceAtTop(stacked(-196, 's1', 's2'), 104)).toBeUndefined();
  });
});
