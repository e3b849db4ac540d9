// Storage failures of the vocabulary, by kind, so the UI can explain each one.
export type VocabularyErrorKind = 'unavailable' | 'quota' | 'failed';

export class VocabularyStorageError extends Error {
  override readonly name = 'VocabularyStorageError';
  constructor(
    readonly kind: VocabularyErrorKind,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

export function classifyStorageError(error: unknown): VocabularyStorageError {
  if (error instanceof VocabularyStorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new VocabularyStorageError('quota', error);
  if (
    typeof indexedDB === 'undefined' ||
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    name === 'UnknownError'
  ) {
    return new VocabularyStorageError('unavailable', error);
  }
  return new VocabularyStorageError('failed', error);
}

export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  if (typeof indexedDB === 'undefined') {
    throw new VocabularyStorageError('unavailable', new Error('IndexedDB is not available'));
  }
  try {
    return await operation();
  } catch (error) {
    throw classifyStorageError(error);
  }
}
