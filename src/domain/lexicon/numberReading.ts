import type { Analysis } from '../morphology/analysis';
import type { LexiconEntry } from './entry';

/** `4` → `4th`, `22` → `22nd`, `13` → `13th`. */
export function englishOrdinal(digits: string): string {
  const n = Number(digits);
  const lastTwo = n % 100;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${digits}${suffix}`;
}

const ORDINAL_WITH_DIGITS = /^ika-?(\d+)$/;

/**
 * Ordinals written with digits (`ika-4`, `ika-21`) need no lexicon: the number is its own gloss.
 * Returns the entry and analysis to show, or nothing for any other word.
 */
export function digitOrdinal(key: string): { entry: LexiconEntry; analysis: Analysis } | undefined {
  const digits = ORDINAL_WITH_DIGITS.exec(key)?.[1];
  if (digits === undefined) return undefined;
  return {
    entry: { lemma: digits, pos: ['numeral'], senses: [englishOrdinal(digits)] },
    analysis: {
      form: key,
      root: digits,
      affixes: [{ id: 'ika', kind: 'prefix', form: 'ika-' }],
      posHint: 'numeral',
      score: 1,
    },
  };
}
