import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepSentenceIds } from '../../../src/domain/content/sentenceIds';

/** `'a:s1'` → a sentence `a` with id `s1`. */
const sentences = (...rows: string[]) =>
  rows.map((row) => {
    const [text, id] = row.split(':') as [string, string];
    return { id, text };
  });

describe('keepSentenceIds', () => {
  it.each([
    ['an unchanged text keeps every id', ['a:s1', 'b:s2', 'c:s3'], 4, ['a', 'b', 'c'], ['s1', 's2', 's3'], 4],
    ['deleting the first sentence keeps the others’ ids', ['a:s1', 'b:s2', 'c:s3'], 4, ['b', 'c'], ['s2', 's3'], 4],
    ['a sentence added after the last was deleted gets a new id, not the deleted one’s', ['a:s1', 'b:s2', 'c:s3'], 4, ['a', 'b', 'd'], ['s1', 's2', 's4'], 5],
    ['ids deleted in an earlier edit are not reused either', ['a:s1', 'b:s2'], 6, ['a', 'b', 'x'], ['s1', 's2', 's6'], 7],
    ['a sentence inserted in the middle gets a new id', ['a:s1', 'b:s2'], 3, ['a', 'x', 'b'], ['s1', 's3', 's2'], 4],
    ['a changed sentence is a new sentence', ['a:s1', 'b:s2'], 3, ['a', 'b!'], ['s1', 's3'], 4],
    ['a moved sentence keeps its id', ['a:s1', 'b:s2', 'c:s3'], 4, ['c', 'a', 'b'], ['s3', 's1', 's2'], 4],
    ['of two identical sentences, the one deleted loses its id', ['a:s1', 'b:s2', 'a:s3'], 4, ['b', 'a'], ['s2', 's3'], 4],
    ['the first of two identical sentences keeps its id when the second is deleted', ['a:s1', 'b:s2', 'a:s3'], 4, ['a', 'b'], ['s1', 's2'], 4],
    ['a repeat of a sentence is a new sentence', ['a:s1'], 2, ['a', 'a'], ['s1', 's2'], 3],
    ['a repeat added before keeps the order of the ones kept', ['b:s1', 'a:s2'], 3, ['a', 'b', 'a'], ['s3', 's1', 's2'], 4],
    ['a new text numbers from s1', [], 1, ['a', 'b'], ['s1', 's2'], 3],
    ['a text emptied of sentences keeps its count', ['a:s1', 'b:s2'], 3, [], [], 3],
  ])('%s', (_name, previous, next, texts, ids, nextAfter) => {
    expect(keepSentenceIds(sentences(...previous), texts, next)).toEqual({
      ids,
      nextSentenceNumber: nextAfter,
    });
  });

  it('never gives an id twice, never reuses a deleted id, and keeps every unchanged unique sentence’s id', () => {
    const text = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.array(text, { maxLength: 8 }), (before, after) => {
        const previous = keepSentenceIds([], before, 1);
        const old = before.map((sentenceText, index) => ({
          id: previous.ids[index]!,
          text: sentenceText,
        }));
        const { ids, nextSentenceNumber } = keepSentenceIds(old, after, previous.nextSentenceNumber);
        expect(new Set(ids).size).toBe(ids.length);
        const oldIds = new Set(previous.ids);
        ids.forEach((id, index) => {
          // An id from before is only ever given to a sentence with the very same text.
          if (oldIds.has(id)) expect(old.find((sentence) => sentence.id === id)?.text).toBe(after[index]);
          else expect(Number(id.slice(1))).toBeGreaterThanOrEqual(previous.nextSentenceNumber);
          expect(Number(id.slice(1))).toBeLessThan(nextSentenceNumber);
        });
        for (const sentence of old) {
          const unique = before.filter((t) => t === sentence.text).length === 1;
          if (unique && after.filter((t) => t === sentence.text).length === 1) {
            expect(ids[after.indexOf(sentence.text)]).toBe(sentence.id);
          }
        }
      }),
    );
  });

  it('matches a long text with a small edit quickly and exactly', () => {
    const texts = Array.from({ length: 20_000 }, (_, index) => `Pangungusap ${index}.`);
    const previous = texts.map((text, index) => ({ id: `s${index + 1}`, text }));
    const edited = [...texts.slice(0, 10_000), 'Bago.', ...texts.slice(10_001)];
    const { ids } = keepSentenceIds(previous, edited, 20_001);
    expect(ids[9_999]).toBe('s10000');
    expect(ids[10_000]).toBe('s20001');
    expect(ids[10_001]).toBe('s10002');
  });
});
