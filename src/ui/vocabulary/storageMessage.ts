import type { TFunction } from 'i18next';
import { VocabularyStorageError } from '../../storage/vocabularyErrors';

/** A sentence the learner can act on, for any failure of the vocabulary store. */
export function storageMessage(t: TFunction<'vocabulary'>, error: unknown): string {
  if (error instanceof VocabularyStorageError) {
    if (error.kind === 'quota') return t('vocabulary:storage.quota');
    if (error.kind === 'unavailable') return t('vocabulary:storage.unavailable');
    return t('vocabulary:storage.failed', { message: error.message });
  }
  return t('vocabulary:storage.failed', {
    message: error instanceof Error ? error.message : String(error),
  });
}
