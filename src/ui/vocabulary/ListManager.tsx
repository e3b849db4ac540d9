import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canDeleteList } from '../../domain/vocab/operations';
import type { WordList } from '../../domain/vocab/savedWord';
import { listName } from './format';

interface Props {
  readonly lists: readonly WordList[];
  readonly counts: ReadonlyMap<string, number>;
  readonly onCreate: (name: string) => void;
  readonly onRename: (list: WordList, name: string) => void;
  readonly onDelete: (list: WordList) => void;
}

/** Create, rename and delete lists; deleting asks first (and can be undone after). */
export function ListManager({ lists, counts, onCreate, onRename, onDelete }: Props) {
  const { t } = useTranslation('vocabulary');
  const newId = useId();
  const renameId = useId();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ list: WordList; name: string } | null>(null);
  const [confirming, setConfirming] = useState<WordList | null>(null);
  return (
    <details className="list-manager">
      <summary>
        <h2>{t('lists.title')}</h2>
      </summary>
      <ul className="lists">
        {lists.map((list) => (
          <li key={list.id}>
            <span className="list-name">{listName(t, list)}</span>{' '}
            <span className="muted">{t('lists.count', { count: counts.get(list.id) ?? 0 })}</span>
            <span className="list-actions">
              <button
                type="button"
                className="button small"
                aria-label={`${t('lists.rename')}: ${listName(t, list)}`}
                onClick={() => setRenaming({ list, name: listName(t, list) })}
              >
                {t('lists.rename')}
              </button>
              {canDeleteList(list.id) && (
                <button
                  type="button"
                  className="button small danger"
                  aria-label={`${t('lists.delete')}: ${listName(t, list)}`}
                  onClick={() => setConfirming(list)}
                >
                  {t('lists.delete')}
                </button>
              )}
            </span>
            {renaming?.list.id === list.id && (
              <form
                className="inline-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (renaming.name.trim()) onRename(list, renaming.name.trim());
                  setRenaming(null);
                }}
              >
                <label htmlFor={renameId}>{t('lists.renameTo', { name: listName(t, list) })}</label>
                <input
                  id={renameId}
                  type="text"
                  value={renaming.name}
                  onChange={(event) => setRenaming({ list, name: event.target.value })}
                />
                <button type="submit" className="button small primary">
                  {t('lists.rename')}
                </button>
                <button type="button" className="button small" onClick={() => setRenaming(null)}>
                  {t('lists.cancel')}
                </button>
              </form>
            )}
            {confirming?.id === list.id && (
              <div className="confirm" role="alertdialog" aria-label={t('lists.delete')}>
                <p>
                  {t('lists.confirmDelete', {
                    name: listName(t, list),
                    count: counts.get(list.id) ?? 0,
                  })}
                </p>
                <button
                  type="button"
                  className="button small danger"
                  onClick={() => {
                    setConfirming(null);
                    onDelete(list);
                  }}
                >
                  {t('lists.confirm')}
                </button>
                <button type="button" className="button small" onClick={() => setConfirming(null)}>
                  {t('lists.cancel')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          onCreate(name.trim());
          setName('');
        }}
      >
        <label htmlFor={newId}>{t('lists.name')}</label>
        <input
          id={newId}
          type="text"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button small">
          {t('lists.add')}
        </button>
      </form>
    </details>
  );
}
