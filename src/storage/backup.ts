// Export and import of everything the learner made: vocabulary, review state and log, settings,
// their own texts and glosses. An import is validated whole and merged before anything is written.
import { ankiExport, type Delimiter } from '../domain/vocab/ankiExport';
import {
  makeBackup,
  parseBackupText,
  type Backup,
  type BackupData,
  type BackupProblem,
} from '../domain/vocab/backupFormat';
import { isEmptyPlan, planImport, type ImportPlan } from '../domain/vocab/mergeBackup';
import { libraryRepository, type LibraryRepository } from './libraryRepository';
import { forgetOwnGlosses } from './ownGlosses';
import { vocabularyRepository, type VocabularyRepository } from './vocabularyRepository';

/** Larger than any real backup (10,000 words with history is a few MB), small enough to parse. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

interface Repositories {
  readonly vocabulary: VocabularyRepository;
  readonly library: LibraryRepository;
}

const defaults = (): Repositories => ({
  vocabulary: vocabularyRepository(),
  library: libraryRepository(),
});

async function currentData(repositories: Repositories): Promise<BackupData> {
  const vocabulary = await repositories.vocabulary.exportAll();
  const [{ texts }, glosses] = await Promise.all([
    repositories.library.listTexts(),
    repositories.library.listGlosses(),
  ]);
  return { ...vocabulary, texts, glosses };
}

export async function exportBackup(now: Date, repositories = defaults()): Promise<Backup> {
  return makeBackup(await currentData(repositories), now);
}

export function backupFileName(now: Date, extension = 'json'): string {
  return `tulay-backup-${now.toISOString().slice(0, 10)}.${extension}`;
}

export async function exportAnki(delimiter: Delimiter, repositories = defaults()): Promise<string> {
  const { words } = await repositories.vocabulary.load();
  return ankiExport(
    [...words].sort((a, b) => a.createdAt - b.createdAt),
    delimiter,
  );
}

export type PreparedImport =
  | { readonly ok: true; readonly plan: ImportPlan; readonly empty: boolean }
  | { readonly ok: false; readonly problem: BackupProblem | { kind: 'too-large'; bytes: number } };

/**
 * Reads and checks the file and works out the merge; writes nothing. `defaultListName` is the
 * default list's name on screen (a list of the file with that name joins it).
 */
export async function prepareImport(
  file: Blob,
  repositories = defaults(),
  defaultListName?: string,
): Promise<PreparedImport> {
  if (file.size > MAX_BACKUP_BYTES) {
    return { ok: false, problem: { kind: 'too-large', bytes: file.size } };
  }
  const parsed = parseBackupText(await file.text());
  if (!parsed.ok) return parsed;
  const plan = planImport(await currentData(repositories), parsed.backup.data, defaultListName);
  return { ok: true, plan, empty: isEmptyPlan(plan) };
}

/**
 * Writes a prepared merge. The texts and glosses live in another database than the vocabulary,
 * so no one transaction spans both: they are written first, each side in one transaction, and
 * put back as they were if the vocabulary cannot be written. Nothing is left half-imported.
 */
export async function applyImport(plan: ImportPlan, repositories = defaults()): Promise<void> {
  const { write } = plan;
  const touchesLibrary = write.texts.length > 0 || write.glosses.length > 0;
  const undoLibrary = touchesLibrary ? await libraryUndo(plan, repositories.library) : undefined;
  if (touchesLibrary) {
    await repositories.library.putAll({ texts: write.texts, glosses: write.glosses });
    forgetOwnGlosses();
  }
  try {
    await repositories.vocabulary.putAll(write);
  } catch (error) {
    await undoLibrary?.().catch(() => undefined); // the vocabulary error is the one to report
    forgetOwnGlosses();
    throw error;
  }
}

/** How to put the library back as it is now, should the rest of an import fail. */
async function libraryUndo(
  plan: ImportPlan,
  library: LibraryRepository,
): Promise<() => Promise<void>> {
  const [{ texts }, glosses] = await Promise.all([library.listTexts(), library.listGlosses()]);
  const textsBefore = new Map(texts.map((record) => [record.text.id, record]));
  const glossesBefore = new Map(glosses.map((gloss) => [gloss.form, gloss]));
  return async () => {
    const restoredTexts = plan.write.texts.flatMap((record) => {
      const before = textsBefore.get(record.text.id);
      return before ? [before] : [];
    });
    const restoredGlosses = plan.write.glosses.flatMap((gloss) => {
      const before = glossesBefore.get(gloss.form);
      return before ? [before] : [];
    });
    await library.putAll({ texts: restoredTexts, glosses: restoredGlosses });
    for (const record of plan.write.texts)
      if (!textsBefore.has(record.text.id)) await library.deleteText(record.text.id);
    for (const gloss of plan.write.glosses)
      if (!glossesBefore.has(gloss.form)) await library.deleteGloss(gloss.form);
  };
}
