import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { listNameProblem, type ListNameProblem } from '../../domain/vocab/listNames';
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
  const ids = { create: useId(), createProblem: useId(), rename: useId(), renameProblem: useId() };
  const [name, setName] = useState('');
  const [createProblem, setCreateProblem] = useState<ListNameProblem | null>(null);
  const [renaming, setRenaming] = useState<{
    list: WordList;
    name: string;
    problem: ListNameProblem | null;
  } | null>(null);
  const [confirming, setConfirming] = useState<WordList | null>(null);
  // Each list's "Rename" and "Delete list", to return to when the form or question under it closes.
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const keep = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };
  const defaultName = t('lists.default');
  const problemText = (problem: ListNameProblem): string =>
    problem.kind === 'empty'
      ? t('lists.errors.empty')
      : t('lists.errors.duplicate', { name: problem.name });
  const closeRename = (list: WordList): void => {
    setRenaming(null);
    buttons.current.get(`rename-${list.id}`)?.focus();
  };
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
                ref={keep(`rename-${list.id}`)}
                type="button"
                className="button small"
                aria-label={`${t('lists.rename')}: ${listName(t, list)}`}
                onClick={() => setRenaming({ list, name: listName(t, list), problem: null })}
              >
                {t('lists.rename')}
              </button>
              {canDeleteList(list.id) && (
                <button
                  ref={keep(`delete-${list.id}`)}
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
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  const problem = listNameProblem(renaming.name, lists, defaultName, list.id);
                  if (problem) {
                    setRenaming({ ...renaming, problem });
                    return;
                  }
                  onRename(list, renaming.name.trim());
                  closeRename(list);
                }}
              >
                <label htmlFor={ids.rename}>
                  {t('lists.renameTo', { name: listName(t, list) })}
                </label>
                <input
                  id={ids.rename}
                  type="text"
                  // The form opens on "Rename": its field takes focus, as a dialog's would.
                  autoFocus
                  aria-invalid={renaming.problem ? true : undefined}
                  aria-describedby={renaming.problem ? ids.renameProblem : undefined}
                  value={renaming.name}
                  onChange={(event) =>
                    setRenaming({ list, name: event.target.value, problem: null })
                  }
                />
                <button type="submit" className="button small primary">
                  {t('lists.rename')}
                </button>
                <button type="button" className="button small" onClick={() => closeRename(list)}>
                  {t('lists.cancel')}
                </button>
                {renaming.problem && (
                  <p id={ids.renameProblem} className="warning field-problem">
                    {problemText(renaming.problem)}
                  </p>
                )}
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
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    setConfirming(null);
                    buttons.current.get(`delete-${list.id}`)?.focus();
                  }}
                >
                  {t('lists.cancel')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const problem = listNameProblem(name, lists, defaultName);
          setCreateProblem(problem);
          if (problem) return;
          onCreate(name.trim());
          setName('');
        }}
      >
        <label htmlFor={ids.create}>{t('lists.name')}</label>
        <input
          id={ids.create}
          type="text"
          aria-invalid={createProblem ? true : undefined}
          aria-describedby={createProblem ? ids.createProblem : undefined}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setCreateProblem(null);
          }}
        />
        <button type="submit" className="button small">
          {t('lists.add')}
        </button>
        {createProblem && (
          <p id={ids.createProblem} className="warning field-problem">
            {problemText(createProblem)}
          </p>
        )}
      </form>
    </details>
  );
}
