import type { TFunction } from 'i18next';
import type { WordList } from '../../domain/vocab/savedWord';

export function listName(t: TFunction<'vocabulary'>, list: WordList): string {
  return list.name ?? t('lists.default');
}

export function formatDate(language: string, time: number): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(time),
  );
}
