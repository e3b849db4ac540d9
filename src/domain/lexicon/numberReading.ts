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
// `alas-3`, `alas-10:30`: the hour told with the Spanish `alas` and digits.
const HOUR_WITH_DIGITS = /^alas-(\d{1,2})(:\d{2})?$/;

/**
 * Ordinals and hours written with digits (`ika-4`, `ika-21`, `alas-3`, `alas-10:30`) need no
 * lexicon: the number is its own gloss. Returns the entry and analysis to show, or nothing for
 * any other word.
 */
export function digitsReading(
  key: string,
): { entry: LexiconEntry; analysis: Analysis } | undefined {
  const ordinal = ORDINAL_WITH_DIGITS.exec(key)?.[1];
  if (ordinal !== undefined) return numeral(key, ordinal, englishOrdinal(ordinal), 'ika');
  const hour = HOUR_WITH_DIGITS.exec(key);
  if (!hour) return undefined;
  const [, hours, minutes] = hour;
  return numeral(key, hours!, minutes ? `${hours}${minutes}` : `${hours} o’clock`, 'alas');
}

function numeral(
  form: string,
  digits: string,
  sense: string,
  prefix: 'ika' | 'alas',
): { entry: LexiconEntry; analysis: Analysis } {
  return {
    entry: { lemma: digits, pos: ['numeral'], senses: [sense] },
    analysis: {
      form,
      root: digits,
      affixes: [{ id: prefix, kind: 'prefix', form: `${prefix}-` }],
      posHint: 'numeral',
      score: 1,
    },
  };
}
