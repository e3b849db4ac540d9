import type { TFunction } from 'i18next';
import { VocabularyStorageError } from '../../storage/vocabularyErrors';
import { message, translate, type Message } from './message';

/**
 * What to tell the learner when the vocabulary store fails: a sentence they can act on, naming
 * a read as a read. The browser's own text is for developers (logged), not shown.
 */
export function storageNotice(error: unknown): Message {
  if (error instanceof VocabularyStorageError) {
    if (error.kind === 'quota') return message('vocabulary:storage.quota');
    if (error.kind === 'unavailable') return message('vocabulary:storage.unavailable');
  }
  console.error(error);
  return error instanceof VocabularyStorageError && error.operation === 'read'
    ? message('vocabulary:storage.readFailed')
    : message('vocabulary:storage.saveFailed');
}

/** `storageNotice`, translated now. */
export function storageMessage(t: TFunction<'vocabulary'>, error: unknown): string {
  return translate(t, storageNotice(error));
}
