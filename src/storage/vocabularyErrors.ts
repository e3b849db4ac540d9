// Storage failures of the vocabulary, by kind, so the UI can explain each one.
import { StorageError, storageGuard, type StorageErrorKind } from './storageErrors';

export type VocabularyErrorKind = StorageErrorKind;

export class VocabularyStorageError extends StorageError {
  override readonly name = 'VocabularyStorageError';
}

export const guarded = storageGuard(VocabularyStorageError);
