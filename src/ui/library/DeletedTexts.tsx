import { useTranslation } from '../../i18n/useTranslation';
import type { UserTextRecord } from '../../domain/content/userText';

/**
 * One notice per text deleted while the page is open, each with its own Undo: deleting a second
 * text never takes away the way back for the first. A live region, so each deletion is announced.
 */
export function DeletedTexts({
  deleted,
  onUndo,
}: {
  deleted: readonly UserTextRecord[];
  onUndo: (record: UserTextRecord) => void;
}) {
  const { t } = useTranslation('addText');
  return (
    <div role="status" className="deleted-texts">
      {deleted.length > 0 && (
        <ul>
          {deleted.map((record) => (
            <li key={record.text.id} className="undo-bar">
              <span>{t('library.deleted', { title: record.text.titleTl })}</span>
              <button
                type="button"
                className="button"
                data-undo={record.text.id}
                aria-label={t('library.undoDeleting', { title: record.text.titleTl })}
                onClick={() => onUndo(record)}
              >
                {t('library.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
