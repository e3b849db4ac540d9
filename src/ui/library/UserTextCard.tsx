import { useTranslation } from '../../i18n/useTranslation';
import { Link } from 'wouter';
import { englishTitleOf, type UserTextRecord } from '../../domain/content/userText';
import { TextCounts } from './TextCounts';

/** A text the learner added: its titles, level and counts, with Edit and Delete. */
export function UserTextCard({
  record,
  onDelete,
}: {
  record: UserTextRecord;
  onDelete: (record: UserTextRecord) => void;
}) {
  const { t } = useTranslation(['addText', 'common']);
  const { text } = record;
  const englishTitle = englishTitleOf(record);
  return (
    <li className="text-card">
      <h3>
        <Link href={`/read/${text.id}`} data-text-link={text.id}>
          <span lang="tl">{text.titleTl}</span>
        </Link>
      </h3>
      {englishTitle && (
        <p className="english-title" lang="en">
          {englishTitle}
        </p>
      )}
      <p className="muted">
        <span className="level">{t(`common:library.level.${text.level}`)}</span> ·{' '}
        <TextCounts text={text} />
        {!record.translation && ` · ${t('library.noTranslation')}`}
      </p>
      <p className="card-actions">
        <Link
          href={`/edit/${text.id}`}
          className="button"
          aria-label={`${t('library.edit')} ${text.titleTl}`}
        >
          {t('library.edit')}
        </Link>
        <button
          type="button"
          className="button"
          aria-label={`${t('library.delete')} ${text.titleTl}`}
          onClick={() => onDelete(record)}
        >
          {t('library.delete')}
        </button>
      </p>
    </li>
  );
}
