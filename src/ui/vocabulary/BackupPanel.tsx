import type { TFunction } from 'i18next';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlan, ImportSummary } from '../../domain/vocab/mergeBackup';
import {
  applyImport,
  backupFileName,
  exportAnki,
  exportBackup,
  prepareImport,
  type PreparedImport,
} from '../../storage/backup';
import { download } from './download';
import type { Notice } from './VocabularyPage';

type Problem = Extract<PreparedImport, { ok: false }>['problem'];

function problemMessage(t: TFunction<'vocabulary'>, problem: Problem): string {
  switch (problem.kind) {
    case 'not-json':
      return t('backup.errors.notJson');
    case 'foreign':
      return t('backup.errors.foreign');
    case 'newer':
      return t('backup.errors.newer', { version: problem.version });
    case 'invalid':
      return t('backup.errors.invalid', { where: problem.where });
    case 'too-large':
      return t('backup.errors.tooLarge', {
        size: `${(problem.bytes / 1024 / 1024).toFixed(0)} MB`,
      });
  }
}

/** What an import will add, each count with its own plural ("1 word", "2 lists"). */
function previewMessage(t: TFunction<'vocabulary'>, summary: ImportSummary): string {
  return t('backup.preview', {
    words: t('backup.counts.words', { count: summary.wordsAdded }),
    merged: summary.wordsMerged,
    lists: t('backup.counts.lists', { count: summary.lists }),
    log: t('backup.counts.reviews', { count: summary.reviews }),
    texts: t('backup.counts.texts', { count: summary.texts }),
    glosses: t('backup.counts.glosses', { count: summary.glosses }),
  });
}

/** Export, Import (with a preview of what it adds), and files for Anki. */
export function BackupPanel({
  act,
}: {
  act: (action: () => Promise<Notice | null>) => Promise<void>;
}) {
  const { t } = useTranslation('vocabulary');
  const importId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const exportJson = (): Promise<void> =>
    act(async () => {
      const now = new Date();
      const backup = await exportBackup(now);
      download(backupFileName(now), JSON.stringify(backup), 'application/json');
      return { text: t('backup.exported') };
    });
  const exportDelimited = (delimiter: 'tab' | 'comma'): Promise<void> =>
    act(async () => {
      const now = new Date();
      const contents = await exportAnki(delimiter);
      download(
        backupFileName(now, delimiter === 'tab' ? 'tsv' : 'csv'),
        contents,
        delimiter === 'tab' ? 'text/tab-separated-values' : 'text/csv',
      );
      return null;
    });
  const choose = (file: File): Promise<void> =>
    act(async () => {
      setPlan(null);
      setProblem(null);
      const prepared = await prepareImport(file);
      if (fileInput.current) fileInput.current.value = '';
      if (!prepared.ok) {
        setProblem(problemMessage(t, prepared.problem));
        return null;
      }
      if (prepared.empty) return { text: t('backup.nothingNew') };
      setPlan(prepared.plan);
      return null;
    });
  const confirm = (chosen: ImportPlan): Promise<void> =>
    act(async () => {
      await applyImport(chosen);
      setPlan(null);
      return {
        text: t('backup.imported', {
          count: chosen.summary.wordsAdded,
          merged: chosen.summary.wordsMerged,
        }),
        focus: true, // "Add and merge" is gone with the preview
      };
    });

  return (
    <section className="backup-panel" aria-labelledby={`${importId}-title`}>
      <h2 id={`${importId}-title`}>{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <div className="backup-actions">
        <button type="button" className="button" onClick={() => void exportJson()}>
          {t('backup.export')}
        </button>
        <label className="button file-button" htmlFor={importId}>
          {t('backup.import')}
        </label>
        <input
          ref={fileInput}
          id={importId}
          className="visually-hidden-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void choose(file);
          }}
        />
        <button type="button" className="button" onClick={() => void exportDelimited('tab')}>
          {t('backup.exportTsv')}
        </button>
        <button type="button" className="button" onClick={() => void exportDelimited('comma')}>
          {t('backup.exportCsv')}
        </button>
      </div>
      {problem && (
        <p className="warning" role="alert">
          {problem}
        </p>
      )}
      {plan && (
        <div className="import-preview" role="region" aria-label={t('backup.confirmImport')}>
          <p>{previewMessage(t, plan.summary)}</p>
          <button type="button" className="button primary" onClick={() => void confirm(plan)}>
            {t('backup.confirmImport')}
          </button>{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              setPlan(null);
              fileInput.current?.focus(); // back to "Import", not to the page
            }}
          >
            {t('backup.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
