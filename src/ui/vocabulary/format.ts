import type { TFunction } from 'i18next';
import type { WordList } from '../../domain/vocab/savedWord';

export function listName(t: TFunction<'vocabulary'>, list: WordList): string {
  return list.name ?? t('lists.default');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Creating a formatter is slow; one per language serves every row. */
export function formatDate(language: string, time: number): string {
  const locale = language.startsWith('tl') ? 'fil' : language;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(locale, format);
  }
  return format.format(time);
}
