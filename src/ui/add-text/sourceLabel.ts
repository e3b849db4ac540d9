import type { TFunction } from 'i18next';
import { isOwnTextSource } from '../../domain/content/ownTextSource';

/**
 * A text's source as shown: the learner's own text is "added by you" in the interface language of
 * the moment (stored as a marker, never as words); any other source as written. Needs the
 * `addText` namespace loaded.
 */
export function textSourceLabel(t: TFunction, source: string): string {
  return isOwnTextSource(source) ? t('addText:source') : source;
}
