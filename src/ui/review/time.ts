import type { TFunction } from 'i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Intl has Filipino (`fil`), not `tl`. */
export function intlLocale(language: string): string {
  return language.startsWith('tl') ? 'fil' : language;
}

/** "10 minutes", "3 days", "2 months": how far ahead an answer schedules a card. */
export function formatInterval(t: TFunction<'review'>, milliseconds: number): string {
  if (milliseconds < HOUR)
    return t('interval.minutes', { count: Math.max(1, Math.round(milliseconds / MINUTE)) });
  if (milliseconds < DAY) return t('interval.hours', { count: Math.round(milliseconds / HOUR) });
  if (milliseconds < 30 * DAY) return t('interval.days', { count: Math.round(milliseconds / DAY) });
  return t('interval.months', { count: Math.round(milliseconds / (30 * DAY)) });
}

/** "in 10 minutes", "tomorrow", for when the next card is due. */
export function formatWhen(language: string, time: number, now: number): string {
  const format = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
  const difference = time - now;
  if (difference < HOUR)
    return format.format(Math.max(1, Math.round(difference / MINUTE)), 'minute');
  if (difference < DAY) return format.format(Math.round(difference / HOUR), 'hour');
  return format.format(Math.round(difference / DAY), 'day');
}
