import { describe, expect, it } from 'vitest';
import { draftPairs } from '../../../src/domain/alignment/draftPairs';

// A short report written for these tests.
const TAGALOG = `Binuksan ng DOTr ang bagong istasyon ng tren sa Calamba noong Lunes. Aabot sa 20,000 pasahero ang inaasahang sasakay araw-araw.

Ayon kay Sec. Jaime Bautista, bababa sa 45 minuto ang biyahe patungong Maynila. Libre ang sakay hanggang Dis. 31.`;
const ENGLISH = `The DOTr opened the new train station in Calamba on Monday. Some 20,000 passengers are expected to ride every day.

According to Sec. Jaime Bautista, the trip to Manila will drop to 45 minutes. Rides are free until Dec. 31.`;

describe('draftPairs', () => {
  it('splits the Tagalog into paragraphs of sentences', () => {
    expect(draftPairs(TAGALOG, ENGLISH).paragraphs).toEqual([
      [
        'Binuksan ng DOTr ang bagong istasyon ng tren sa Calamba noong Lunes.',
        'Aabot sa 20,000 pasahero ang inaasahang sasakay araw-araw.',
      ],
      [
        'Ayon kay Sec. Jaime Bautista, bababa sa 45 minuto ang biyahe patungong Maynila.',
        'Libre ang sakay hanggang Dis. 31.',
      ],
    ]);
  });

  it('pairs each Tagalog sentence with its English', () => {
    const { pairs } = draftPairs(TAGALOG, ENGLISH);
    expect(pairs.map((pair) => [pair.tl.length, pair.en.length])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    expect(pairs[3]).toEqual({
      tl: ['Libre ang sakay hanggang Dis. 31.'],
      en: ['Rides are free until Dec. 31.'],
    });
  });

  it('gives every Tagalog sentence its own pair with no English when the English is blank', () => {
    const { pairs } = draftPairs(TAGALOG, '  \n ');
    expect(pairs).toHaveLength(4);
    expect(pairs.every((pair) => pair.tl.length === 1 && pair.en.length === 0)).toBe(true);
  });

  it('joins an English sentence the Tagalog lacks to the pair before it, as the reader shows it', () => {
    const english = ENGLISH.replace(
      'every day.',
      'every day. The station cost 2.1 billion pesos to build and took four years.',
    );
    const { pairs } = draftPairs(TAGALOG, english);
    expect(pairs.every((pair) => pair.tl.length > 0)).toBe(true);
    expect(pairs[1]).toEqual({
      tl: ['Aabot sa 20,000 pasahero ang inaasahang sasakay araw-araw.'],
      en: [
        'Some 20,000 passengers are expected to ride every day.',
        'The station cost 2.1 billion pesos to build and took four years.',
      ],
    });
  });

  it('joins the English of a Tagalog sentence translated in two', () => {
    const english = ENGLISH.replace(
      'the trip to Manila will drop to 45 minutes.',
      'the trip to Manila will be shorter. It will drop to 45 minutes.',
    );
    const { pairs } = draftPairs(TAGALOG, english);
    expect(pairs[2]).toEqual({
      tl: ['Ayon kay Sec. Jaime Bautista, bababa sa 45 minuto ang biyahe patungong Maynila.'],
      en: [
        'According to Sec. Jaime Bautista, the trip to Manila will be shorter.',
        'It will drop to 45 minutes.',
      ],
    });
  });

  it('covers every sentence of both texts in order', () => {
    const { paragraphs, pairs } = draftPairs(TAGALOG, ENGLISH);
    expect(pairs.flatMap((pair) => pair.tl)).toEqual(paragraphs.flat());
    expect(pairs.flatMap((pair) => pair.en).join(' ')).toBe(ENGLISH.replace(/\s+/gu, ' '));
  });

  it('returns nothing for blank Tagalog', () => {
    expect(draftPairs('', '')).toEqual({ paragraphs: [], pairs: [] });
    expect(draftPairs('', 'Only English.').pairs).toEqual([{ tl: [], en: ['Only English.'] }]);
  });
});
