import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { DamagedPlace } from '../../domain/vocab/backupFormat';
import type { ImportPlan, ImportSummary } from '../../domain/vocab/mergeBackup';
import {
  applyImport,
  backupFileName,
  exportAnki,
  exportBackup,
  prepareImport,
  type PreparedImport,
} from '../../storage/backup';
import { afterNextPaint } from '../common/scheduling';
import { download } from './download';
import { message, translate, type Message } from './message';
import type { Notice } from './VocabularyPage';

type Problem = Extract<PreparedImport, { ok: false }>['problem'];

function placeMessage(where: DamagedPlace): Message | null {
  if (where.section === 'settings') return message('backup.places.settings');
  if (where.section === undefined || where.number === undefined) return null;
  return where.name === undefined
    ? message(`backup.places.${where.section}`, { number: where.number })
    : message(`backup.places.${where.section}Named`, { number: where.number, name: where.name });
}

function problemMessage(problem: Problem): Message {
  switch (problem.kind) {
    case 'not-json':
      return message('backup.errors.notJson');
    case 'incomplete':
      return message('backup.errors.incomplete');
    case 'foreign':
      return message('backup.errors.foreign');
    case 'newer':
      return message('backup.errors.newer', { version: problem.version });
    case 'invalid': {
      const where = placeMessage(problem.where);
      return where
        ? message('backup.errors.invalid', { where })
        : message('backup.errors.invalidFile');
    }
    case 'too-large':
      return message('backup.errors.tooLarge', {
        size: `${(problem.bytes / 1024 / 1024).toFixed(0)} MB`,
      });
  }
}

/** Everything an import changes, each with its own plural; what it leaves as it is after. */
function summaryParts(summary: ImportSummary): Message[] {
  const counts: Array<[string, number]> = [
    ['wordsAdded', summary.wordsAdded],
    ['wordsMerged', summary.wordsMerged],
    ['lists', summary.lists],
    ['listsJoined', summary.listsJoined],
    ['reviews', summary.reviews],
    ['texts', summary.texts],
    ['glosses', summary.glosses],
    ['known', summary.known],
  ];
  const parts = counts
    .filter(([, count]) => count > 0)
    .map(([name, count]) => message(`backup.items.${name}`, { count }));
  if (summary.settings === 'taken') parts.push(message('backup.items.settings'));
  return parts;
}

/** The preview (`done` false) or the report (`done` true) of an import, as sentences. */
export function importMessages(summary: ImportSummary, done: boolean): Message[] {
  const parts = summaryParts(summary);
  const messages =
    parts.length === 0
      ? [message('backup.nothingNew')]
      : [message(done ? 'backup.imported' : 'backup.preview', { items: parts })];
  if (summary.settings === 'kept') {
    messages.push(message(done ? 'backup.settingsKeptDone' : 'backup.settingsKept'));
  }
  return messages;
}

/**
 * Lets the busy state paint (and a screen reader hear it) before long work takes the thread. A
 * hidden tab paints no frames: it goes on after a moment then.
 */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    afterNextPaint(resolve);
    setTimeout(resolve, 100);
  });

/** Export, Import (with a preview of what it changes), and files for Anki. */
export function BackupPanel({
  act,
  onImported,
}: {
  act: (action: () => Promise<Notice | null>) => Promise<void>;
  /** Called with what an import wrote, so the page shows it at once. */
  onImported?: (plan: ImportPlan) => void;
}) {
  const { t, i18n } = useTranslation('vocabulary');
  const importId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  // Export and import of 10,000 words take seconds: the pressed button says so, as does a live
  // region. Buttons stay enabled (aria-disabled) so focus stays on them; a second press waits.
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const busyNow = useRef(false);
  const shown = (parts: readonly Message[]): string =>
    parts.map((part) => translate(t, part, i18n.language)).join(' ');

  const whileBusy = async (kind: 'export' | 'import', work: () => Promise<void>) => {
    if (busyNow.current) return;
    busyNow.current = true;
    setBusy(kind);
    try {
      await afterPaint();
      await work();
    } finally {
      busyNow.current = false;
      setBusy(null);
    }
  };

  const exportJson = (): Promise<void> =>
    whileBusy('export', () =>
      act(async () => {
        const now = new Date();
        const backup = await exportBackup(now);
        download(backupFileName(now), JSON.stringify(backup), 'application/json');
        return { message: message('backup.exported') };
      }),
    );
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
      const prepared = await prepareImport(file, undefined, t('lists.default'));
      if (fileInput.current) fileInput.current.value = '';
      if (!prepared.ok) {
        setProblem(prepared.problem);
        return null;
      }
      if (prepared.empty) {
        return { message: importMessages(prepared.plan.summary, false) };
      }
      setPlan(prepared.plan);
      return null;
    });
  const confirm = (chosen: ImportPlan): Promise<void> =>
    whileBusy('import', () =>
      act(async () => {
        await applyImport(chosen);
        setPlan(null);
        onImported?.(chosen);
        return {
          message: importMessages(chosen.summary, true),
          focus: true, // "Add and merge" is gone with the preview
        };
      }),
    );

  return (
    <section
      className="backup-panel"
      aria-labelledby={`${importId}-title`}
      aria-busy={busy !== null || undefined}
    >
      <h2 id={`${importId}-title`}>{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <div className="backup-actions">
        <button
          type="button"
          className="button"
          aria-disabled={busy !== null || undefined}
          onClick={() => void exportJson()}
        >
          {busy === 'export' ? t('backup.exporting') : t('backup.export')}
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
      {/* Present before it speaks, so screen readers announce what is being done. */}
      <p className="muted backup-progress" aria-live="polite">
        {busy === 'export'
          ? t('backup.busyExport')
          : busy === 'import'
            ? t('backup.busyImport')
            : ''}
      </p>
      {problem && (
        <p className="warning" role="alert">
          {translate(t, problemMessage(problem), i18n.language)}
        </p>
      )}
      {plan && (
        <div className="import-preview" role="region" aria-label={t('backup.confirmImport')}>
          <p>{shown(importMessages(plan.summary, false))}</p>
          <button
            type="button"
            className="button primary"
            aria-disabled={busy !== null || undefined}
            onClick={() => void confirm(plan)}
          >
            {busy === 'import' ? t('backup.importing') : t('backup.confirmImport')}
          </button>{' '}
          <button
            type="button"
            className="button"
            aria-disabled={busy !== null || undefined}
            onClick={() => {
              if (busyNow.current) return;
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
