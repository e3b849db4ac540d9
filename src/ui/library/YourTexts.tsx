import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { UserTextRecord } from '../../domain/content/userText';
import { libraryRepository } from '../../storage/libraryRepository';
import { libraryProblemMessage } from '../add-text/problemMessage';
import { DeletedTexts } from './DeletedTexts';
import { UserTextCard } from './UserTextCard';
import './library.css';

/** Where focus goes once the list shows a delete (its Undo) or an undo (the text restored). */
type FocusTarget = { readonly undo: string } | { readonly text: string };

/** The learner's own texts, with Edit and Delete, and an Undo for every text deleted. */
export function YourTexts() {
  const { t } = useTranslation(['addText', 'common']);
  const [texts, setTexts] = useState<UserTextRecord[] | null>(null);
  const [setAside, setSetAside] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  // Newest first; kept until undone, so no deleted text is lost without the learner seeing it.
  const [deleted, setDeleted] = useState<UserTextRecord[]>([]);
  const [focusNext, setFocusNext] = useState<FocusTarget | null>(null);
  const section = useRef<HTMLElement>(null);

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

  // Waits for the render that shows the target: an Undo at once, a restored text once re-listed.
  useEffect(() => {
    if (!focusNext) return;
    const selector =
      'undo' in focusNext
        ? `[data-undo="${CSS.escape(focusNext.undo)}"]`
        : `[data-text-link="${CSS.escape(focusNext.text)}"]`;
    const target = section.current?.querySelector<HTMLElement>(selector);
    if (!target) return;
    target.focus();
    setFocusNext(null);
  }, [focusNext, texts, deleted]);

  const remove = async (record: UserTextRecord): Promise<void> => {
    const id = record.text.id;
    try {
      await libraryRepository().deleteText(id);
      await refresh();
      // The notice comes once the text is gone from the list, never while it is still listed.
      setDeleted((previous) => [record, ...previous.filter((other) => other.text.id !== id)]);
      setFocusNext({ undo: id });
    } catch (error) {
      report(error);
    }
  };
  const undo = async (record: UserTextRecord): Promise<void> => {
    const id = record.text.id;
    try {
      await libraryRepository().putText(record);
      setFocusNext({ text: id });
      await refresh();
      // The notice goes once the text is back in the list: focus moves from its Undo to the text.
      setDeleted((previous) => previous.filter((other) => other.text.id !== id));
    } catch (error) {
      setFocusNext(null);
      report(error);
    }
  };

  if (!texts && !failure) return null;
  return (
    <section className="your-texts" aria-labelledby="your-texts-title" ref={section}>
      <h2 id="your-texts-title">{t('library.yourTexts')}</h2>
      {failure && <p role="alert">{t('library.loadFailed', { message: failure })}</p>}
      {setAside > 0 && <p role="alert">{t('library.setAside', { count: setAside })}</p>}
      <DeletedTexts deleted={deleted} onUndo={(record) => void undo(record)} />
      {texts?.length === 0 && <p className="muted">{t('library.none')}</p>}
      <ul className="text-list">
        {(texts ?? []).map((record) => (
          <UserTextCard
            key={record.text.id}
            record={record}
            onDelete={(deletedRecord) => void remove(deletedRecord)}
          />
        ))}
      </ul>
    </section>
  );
}
