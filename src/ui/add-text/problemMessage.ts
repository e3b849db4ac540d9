import type { TFunction } from 'i18next';
import { MAX_TEXT_WORDS, type TextInputProblem } from '../../domain/content/textInput';
import { LibraryStorageError } from '../../storage/libraryRepository';
import type { FileProblem } from './FileField';

export function inputProblemMessage(t: TFunction<'addText'>, problem: TextInputProblem): string {
  switch (problem.kind) {
    case 'empty':
      return t(problem.field === 'title' ? 'problems.empty-title' : 'problems.empty-tagalog');
    case 'no-words':
      return t('problems.no-words');
    case 'too-long':
      return t('problems.too-long', {
        field: t(`fieldNames.${problem.field}`),
        limit: problem.maxWords,
      });
    case 'binary':
      return t('problems.binary', { field: t(`fieldNames.${problem.field}`) });
    case 'mismatch':
      return t('problems.mismatch', {
        direction: t(problem.ratio < 1 ? 'problems.shorter' : 'problems.longer'),
      });
  }
}

export function fileProblemMessage(t: TFunction<'addText'>, problem: FileProblem): string {
  const key = {
    encoding: 'problems.encoding',
    binary: 'problems.fileBinary',
    'too-large': 'problems.fileTooLarge',
  } as const;
  // A file too large to read is surely over the words a text may have: say the limit in words.
  return t(key[problem.reason], { file: problem.file, limit: MAX_TEXT_WORDS });
}

export function storageProblemMessage(t: TFunction<'addText'>, error: LibraryStorageError): string {
  if (error.kind === 'quota') return t('problems.quota');
  if (error.kind === 'unavailable') return t('problems.unavailable');
  return t('problems.storage', { message: error.message });
}

/** What a failed read of the learner's texts says: nothing was saved, so nothing "was not saved". */
function readProblemMessage(t: TFunction<'addText'>, error: LibraryStorageError): string {
  if (error.kind === 'unavailable') return t('problems.readUnavailable');
  return t('problems.read', { message: error.message });
}

/**
 * What a failed read or write (`action`) of the learner's texts says: the storage's problem, or
 * the error.
 */
export function libraryProblemMessage(
  t: TFunction<'addText'>,
  error: unknown,
  action: 'read' | 'write' = 'write',
): string {
  if (!(error instanceof LibraryStorageError)) return String(error);
  return action === 'read' ? readProblemMessage(t, error) : storageProblemMessage(t, error);
}
