import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { WORD_SORTS, type WordQuery, type WordSort } from '../../domain/vocab/operations';
import type { WordList } from '../../domain/vocab/savedWord';
import { STAGES, type Stage } from '../../domain/vocab/stage';
import { listName } from './format';

/** Search, list and stage filters, and the sort order. */
export function WordFilters({
  query,
  lists,
  onChange,
}: {
  query: WordQuery;
  lists: readonly WordList[];
  onChange: (query: WordQuery) => void;
}) {
  const { t } = useTranslation('vocabulary');
  const ids = { search: useId(), list: useId(), stage: useId(), sort: useId() };
  return (
    <div className="word-filters" role="search">
      <div className="field grow">
        <label htmlFor={ids.search}>{t('filters.search')}</label>
        <input
          id={ids.search}
          type="search"
          value={query.search}
          onChange={(event) => onChange({ ...query, search: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.list}>{t('filters.list')}</label>
        <select
          id={ids.list}
          value={query.listId ?? ''}
          onChange={(event) => onChange({ ...query, listId: event.target.value || null })}
        >
          <option value="">{t('filters.allLists')}</option>
          {lists.map((list) => (
            <option key={list.id} value={list.id}>
              {listName(t, list)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.stage}>{t('filters.stage')}</label>
        <select
          id={ids.stage}
          value={query.stage ?? ''}
          onChange={(event) =>
            onChange({ ...query, stage: (event.target.value || null) as Stage | null })
          }
        >
          <option value="">{t('filters.allStages')}</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.sort}>{t('filters.sort')}</label>
        <select
          id={ids.sort}
          value={query.sort}
          onChange={(event) => onChange({ ...query, sort: event.target.value as WordSort })}
        >
          {WORD_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`filters.sortBy.${sort}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
