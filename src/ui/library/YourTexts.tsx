import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { UserTextRecord } from '../../domain/content/userText';
import { libraryRepository } from '../../storage/libraryRepository';
import { libraryProblemMessage } from '../add-text/problemMessage';
import { TextCounts } from './TextCounts';

/** The learner's own texts, with Edit and Delete (and Undo for a delete). */
export function YourTexts() {
  const { t } = useTranslation(['addText', 'common']);
  const [texts, setTexts] = useState<UserTextRecord[] | null>(null);
  const [setAside, setSetAside] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<UserTextRecord | null>(null);

  const report = useCallback(
    (error: unknown, action: 'read' | 'write' = 'write') =>
      setFailure(libraryProblemMessage(t, error, action)),
    [t],
  );
  const refresh = useCallback(
    () =>
      libraryRepository()
        .listTexts()
        .then((result) => {
          setTexts(result.texts);
          setSetAside(result.setAside);
        })
        .catch((error: unknown) => report(error, 'read')),
    [report],
  );
  useEffect(() => void refresh(), [refresh]);

  const remove = async (record: UserTextRecord): Promise<void> => {
    try {
      await libraryRepository().deleteText(record.text.id);
      setDeleted(record);
      await refresh();
    } catch (error) {
      report(error);
    }
  };
  const undo = async (): Promise<void> => {
    if (!deleted) return;
    try {
      await libraryRepository().putText(deleted);
      setDeleted(null);
      await refresh();
    } catch (error) {
      report(error);
    }
  };

  if (!texts && !failure) return null;
  return (
    <section className="your-texts" aria-labelledby="your-texts-title">
      <h2 id="your-texts-title">{t('library.yourTexts')}</h2>
      {failure && <p role="alert">{t('library.loadFailed', { message: failure })}</p>}
      {setAside > 0 && <p role="alert">{t('library.setAside', { count: setAside })}</p>}
      {deleted && (
        <p role="status" className="undo-bar">
          {t('library.deleted', { title: deleted.text.titleTl })}{' '}
          <button type="button" className="button" onClick={() => void undo()}>
            {t('library.undo')}
          </button>
        </p>
      )}
      {texts?.length === 0 && <p className="muted">{t('library.none')}</p>}
      <ul className="text-list">
        {(texts ?? []).map((record) => (
          <li key={record.text.id} className="text-card">
            <h3>
              <Link href={`/read/${record.text.id}`}>
                <span lang="tl">{record.text.titleTl}</span>
              </Link>
            </h3>
            <p className="muted">
              <TextCounts text={record.text} />
              {!record.translation && ` · ${t('library.noTranslation')}`}
            </p>
            <p className="card-actions">
              <Link
                href={`/edit/${record.text.id}`}
                className="button"
                aria-label={`${t('library.edit')} ${record.text.titleTl}`}
              >
                {t('library.edit')}
              </Link>
              <button
                type="button"
                className="button"
                aria-label={`${t('library.delete')} ${record.text.titleTl}`}
                onClick={() => void remove(record)}
              >
                {t('library.delete')}
              </button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
