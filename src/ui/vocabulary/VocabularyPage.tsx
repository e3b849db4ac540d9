import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import {
  ALL_WORDS,
  countByList,
  createList,
  editWord,
  placeInList,
  queryWords,
  type WordQuery,
} from '../../domain/vocab/operations';
import { displayForm, type SavedWord, type WordList } from '../../domain/vocab/savedWord';
import { keepVisible } from '../../domain/vocab/selection';
import { vocabularyRepository, type VocabularyOverview } from '../../storage/vocabularyRepository';
import { Loading } from '../common/Loading';
import { usePaintedOnce } from '../common/usePaintedOnce';
import { BackupPanel } from './BackupPanel';
import { listName } from './format';
import { ListManager } from './ListManager';
import { message, translate, type Message } from './message';
import { storageMessage, storageNotice } from './storageMessage';
import { preloadVocabulary, useVocabulary, type AllWords } from './useVocabulary';
import { WordFilters } from './WordFilters';
import { useWordItemLabels, WordItem } from './WordItem';
import type { WordChanges } from './WordEditor';
import './vocabulary.css';

const PAGE_SIZE = 12;
/** Rows rendered before the first paint: a phone's first screen, the rest a frame later. */
const FIRST_PAINT_ROWS = 4;

// Read the first screen while React renders the page and its translations load.
preloadVocabulary(PAGE_SIZE);

export interface Notice {
  /** Translated when shown (it follows a change of language); several are sentences in a row. */
  readonly message: Message | readonly Message[];
  readonly alert?: boolean;
  readonly undo?: () => Promise<unknown>;
  /**
   * The control the learner used is gone (a deleted word's "Delete", an import's "Add and merge",
   * "Undo" itself): the notice takes focus, on its "Undo" if it has one.
   */
  readonly focus?: boolean;
}

/** A list's name in a message: the default list's is the interface's, in its language then. */
const listNameMessage = (list: WordList): Message | string => list.name ?? message('lists.default');

export default function VocabularyPage() {
  const { t } = useTranslation('vocabulary');
  const [state, showWritten] = useVocabulary(PAGE_SIZE);
  const [notice, setNotice] = useState<Notice | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const act = useCallback(async (action: () => Promise<Notice | null>) => {
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ message: storageNotice(error), alert: true });
    }
  }, []);

  return (
    <section className="page vocabulary-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('page.title')}
      </h1>
      <p className="muted">{t('page.intro')}</p>
      {notice && (
        <NoticeBar
          notice={notice}
          onClose={() => {
            setNotice(null);
            heading.current?.focus();
          }}
          act={act}
        />
      )}
      {state.status === 'loading' && <Loading label={t('page.loading')} />}
      {state.status === 'failed' && (
        <p className="warning" role="alert">
          {storageMessage(t, state.error)}
        </p>
      )}
      {state.status === 'done' && (
        <WordsView overview={state.overview} total={state.total} all={state.all} act={act} />
      )}
      <BackupPanel act={act} onImported={(plan) => showWritten(plan.write.words)} />
    </section>
  );
}

function NoticeBar({
  notice,
  onClose,
  act,
}: {
  notice: Notice;
  onClose: () => void;
  act: (action: () => Promise<Notice | null>) => Promise<void>;
}) {
  const { t, i18n } = useTranslation('vocabulary');
  const bar = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const undo = notice.undo;
  useEffect(() => {
    if (notice.focus) (undoButton.current ?? bar.current)?.focus();
  }, [notice]);
  return (
    <div
      ref={bar}
      tabIndex={-1}
      className={`notice${notice.alert ? ' warning' : ''}`}
      role={notice.alert ? 'alert' : 'status'}
    >
      <span>
        {(Array.isArray(notice.message) ? notice.message : [notice.message])
          .map((part: Message) => translate(t, part, i18n.language))
          .join(' ')}
      </span>
      {undo && (
        <button
          ref={undoButton}
          type="button"
          className="button small"
          onClick={() =>
            void act(async () => {
              await undo();
              return { message: message('word.restored'), focus: true };
            })
          }
        >
          {t('word.undo')}
        </button>
      )}
      <button
        type="button"
        className="button small close"
        aria-label={t('notice.close')}
        onClick={onClose}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

function WordsView({
  overview,
  total,
  all: allWords,
  act,
}: {
  overview: VocabularyOverview;
  total: number | null;
  all: AllWords | null;
  act: (action: () => Promise<Notice | null>) => Promise<void>;
}) {
  const { t } = useTranslation('vocabulary');
  const repository = vocabularyRepository();
  const { lists, settings } = overview;
  // Until the page has painted once it shows only what the first screen needs: sorting and
  // counting 10,000 words, and the rows below the fold, wait for the next frame.
  const painted = usePaintedOnce();
  const all = painted ? allWords : null;
  // Until every word is read, the newest ones stand in (they are exactly the first screen).
  const words = all?.words ?? overview.newest;
  const setAside = all?.setAside ?? 0;
  const [query, setQuery] = useState<WordQuery>(ALL_WORDS);
  const deferredQuery = useDeferredValue(query);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [now] = useState(() => Date.now());
  const labels = useWordItemLabels();

  const isDefaultQuery = deferredQuery === ALL_WORDS;
  const found = useMemo(
    () => (all || isDefaultQuery ? queryWords(words, deferredQuery, settings.directions) : null),
    [all, isDefaultQuery, words, deferredQuery, settings.directions],
  );
  const counts = useMemo(() => (all ? countByList(all.words) : new Map<string, number>()), [all]);
  const foundCount = found === null ? null : all ? found.length : total;
  const rows = found?.slice(0, painted ? shown : Math.min(shown, FIRST_PAINT_ROWS)) ?? null;
  // A bulk action acts on what is on screen: a search or filter that hides a ticked word unticks it.
  const visibleSelection = rows === null ? selected : keepVisible(selected, rows);
  if (visibleSelection !== selected) setSelected(visibleSelection);

  const toggleSelected = useCallback(
    (wordId: string) =>
      setSelected((previous) => {
        const next = new Set(previous);
        if (next.has(wordId)) next.delete(wordId);
        else next.add(wordId);
        return next;
      }),
    [],
  );
  const saveWord = useCallback(
    (word: SavedWord, changes: WordChanges) =>
      void act(async () => {
        await repository.updateWord(word.id, (stored) => ({
          ...editWord(stored, { sense: changes.sense, notes: changes.notes }, new Date()),
          lists: [...changes.lists],
        }));
        return null;
      }),
    [act, repository],
  );
  const deleteWords = useCallback(
    (ids: readonly string[], label: Message) =>
      void act(async () => {
        const removed = await repository.deleteWords(ids);
        setSelected(new Set());
        return { message: label, undo: () => repository.putWords(removed), focus: true };
      }),
    [act, repository],
  );
  const deleteOne = useCallback(
    (word: SavedWord) =>
      deleteWords([word.id], message('word.deleted', { word: displayForm(word) })),
    [deleteWords],
  );
  const place = (listId: string, move: boolean): void => {
    const list = lists.find((candidate) => candidate.id === listId);
    if (!list) return;
    const ids = [...selected];
    const from = move ? query.listId : null;
    void act(async () => {
      const before = words.filter((word) => selected.has(word.id));
      await repository.updateWords(ids, (word) =>
        move && from === null
          ? { ...word, lists: [listId], updatedAt: Date.now() }
          : placeInList(word, listId, from, new Date()),
      );
      return {
        message: message(move ? 'lists.moved' : 'lists.copied', {
          count: ids.length,
          name: listNameMessage(list),
        }),
        undo: () => repository.putWords(before),
        // Moving out of the list shown takes the rows, the selection bar and "Move to" away.
        focus: from !== null && from !== listId,
      };
    });
  };
  const createNewList = (name: string): void =>
    void act(async () => {
      await repository.putList(createList(name, new Date(), lists));
      return null;
    });
  const renameList = (list: WordList, name: string): void =>
    void act(async () => {
      await repository.putList({ ...list, name });
      return null;
    });
  const deleteList = (list: WordList): void =>
    void act(async () => {
      const { memberIds } = await repository.deleteList(list.id);
      if (query.listId === list.id) setQuery({ ...query, listId: null });
      return {
        message: message('lists.deleted', { name: listNameMessage(list) }),
        undo: () => repository.restoreList(list, memberIds),
        focus: true,
      };
    });

  return (
    <>
      {setAside > 0 && (
        <p className="warning" role="alert">
          {t('page.setAside', { count: setAside })}
        </p>
      )}
      <ListManager
        lists={lists}
        counts={counts}
        onCreate={createNewList}
        onRename={renameList}
        onDelete={deleteList}
      />
      {words.length === 0 ? (
        <p className="empty">{t('page.empty')}</p>
      ) : (
        <>
          <WordFilters
            query={query}
            lists={lists}
            onChange={(next) => {
              setQuery(next);
              setShown(PAGE_SIZE);
            }}
          />
          <p className="muted word-count" aria-live="polite">
            {foundCount === null ? t('page.loading') : t('page.count', { count: foundCount })}
          </p>
          {selected.size > 0 && (
            <SelectionBar
              count={selected.size}
              lists={lists}
              onPlace={place}
              onDelete={() =>
                deleteWords([...selected], message('word.deletedMany', { count: selected.size }))
              }
            />
          )}
          {rows === null ? null : rows.length === 0 ? (
            <p>{t('page.noMatch')}</p>
          ) : (
            <ul className="word-list">
              {rows.map((word) => (
                <WordItem
                  key={word.id}
                  labels={labels}
                  word={word}
                  lists={lists}
                  directions={settings.directions}
                  now={now}
                  selected={selected.has(word.id)}
                  onSelect={toggleSelected}
                  onSave={saveWord}
                  onDelete={deleteOne}
                />
              ))}
            </ul>
          )}
          {found !== null && foundCount !== null && foundCount > shown && (
            <p>
              <span className="muted">
                {t('page.showing', { shown: Math.min(shown, found.length), total: foundCount })}
              </span>{' '}
              <button
                type="button"
                className="button"
                disabled={!all}
                onClick={() => setShown((value) => value + 100)}
              >
                {t('page.showMore')}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}

function SelectionBar({
  count,
  lists,
  onPlace,
  onDelete,
}: {
  count: number;
  lists: readonly WordList[];
  onPlace: (listId: string, move: boolean) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('vocabulary');
  const [target, setTarget] = useState('');
  return (
    <div className="selection-bar" role="group" aria-label={t('word.selected', { count })}>
      <span>{t('word.selected', { count })}</span>
      <select
        aria-label={t('lists.chooseList')}
        value={target}
        onChange={(event) => setTarget(event.target.value)}
      >
        <option value="">{t('lists.chooseList')}</option>
        {lists.map((list) => (
          <option key={list.id} value={list.id}>
            {listName(t, list)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button small"
        disabled={!target}
        onClick={() => onPlace(target, true)}
      >
        {t('lists.moveTo')}
      </button>
      <button
        type="button"
        className="button small"
        disabled={!target}
        onClick={() => onPlace(target, false)}
      >
        {t('lists.copyTo')}
      </button>
      <button type="button" className="button small danger" onClick={onDelete}>
        {t('word.delete')}
      </button>
    </div>
  );
}
