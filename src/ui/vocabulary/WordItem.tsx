import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from 'wouter';
import { displayForm, type SavedWord, type WordList } from '../../domain/vocab/savedWord';
import { nextDue, stageOf } from '../../domain/vocab/stage';
import { formatDate, listName } from './format';
import { WordEditor, type WordChanges } from './WordEditor';

/**
 * The reader at a sentence: `/read/digital-rmb?s=s16`. The app keeps the query in the hash with
 * the route, so the link works alike clicked, opened in a new tab or bookmarked.
 */
export function readerHref(textId: string, sentenceId: string): string {
  return `/read/${encodeURIComponent(textId)}?s=${encodeURIComponent(sentenceId)}`;
}

/**
 * What every row says, translated once for the whole list: a page of rows would otherwise look
 * up the same dozen strings for each word.
 */
export function useWordItemLabels() {
  const { t, i18n } = useTranslation('vocabulary');
  // Parts of speech are named as the gloss dialog names them.
  const { t: tCommon } = useTranslation('common');
  const language = i18n.language;
  return useMemo(
    () => ({
      language,
      root: t('word.root'),
      lists: t('word.lists'),
      nextReview: t('word.nextReview'),
      notScheduled: t('word.notScheduled'),
      dueNow: t('word.dueNow'),
      sentences: t('word.sentences'),
      openInReader: t('word.openInReader'),
      edit: t('word.edit'),
      delete: t('word.delete'),
      stage: { new: t('stage.new'), learning: t('stage.learning'), known: t('stage.known') },
      select: (form: string) => t('word.select', { word: form }),
      listName: (list: WordList) => listName(t, list),
      partOfSpeech: (pos: string) => tCommon(`gloss.pos.${pos}`, { defaultValue: pos }),
    }),
    // `language` is in the list so that the labels follow a change of interface language.
    [t, tCommon, language],
  );
}

export type WordItemLabels = ReturnType<typeof useWordItemLabels>;

interface Props {
  readonly labels: WordItemLabels;
  readonly word: SavedWord;
  readonly lists: readonly WordList[];
  readonly directions: readonly string[];
  readonly now: number;
  readonly selected: boolean;
  readonly onSelect: (wordId: string) => void;
  readonly onSave: (word: SavedWord, changes: WordChanges) => void;
  readonly onDelete: (word: SavedWord) => void;
}

/** One saved word: meaning, lists, stage and next review, with its sentences and actions. */
export const WordItem = memo(function WordItem(props: Props) {
  const { labels, word, lists, directions, now, selected, onSelect, onSave, onDelete } = props;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // The editor closed (saved or cancelled): back to "Edit", not to the page.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const form = displayForm(word);
  const stage = stageOf(word, directions);
  const due = nextDue(word, directions);
  const listNames = lists.filter((list) => word.lists.includes(list.id)).map(labels.listName);
  const first = word.contexts[0];
  return (
    <li className={`word-item stage-${stage}`} data-word-id={word.id}>
      <div className="word-head">
        <input
          type="checkbox"
          checked={selected}
          onChange={() => onSelect(word.id)}
          aria-label={labels.select(form)}
        />
        <h3 lang="tl">{form}</h3>
        {form.toLowerCase() !== word.root.toLowerCase() && (
          <span className="muted">
            {labels.root}: <span lang="tl">{word.root}</span>
          </span>
        )}
        <span className={`stage-badge stage-${stage}`}>{labels.stage[stage]}</span>
      </div>
      {(word.sense || word.pos) && (
        <p className="word-sense" lang="en">
          {word.sense}
          {word.pos && (
            <span className="muted" lang={labels.language}>
              {word.sense ? ' · ' : ''}
              {labels.partOfSpeech(word.pos)}
            </span>
          )}
        </p>
      )}
      {word.notes && <p className="word-notes">{word.notes}</p>}
      <dl className="word-facts">
        <div>
          <dt>{labels.lists}</dt>
          <dd>{listNames.join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>{labels.nextReview}</dt>
          <dd>
            {stage === 'new'
              ? labels.notScheduled
              : due <= now
                ? labels.dueNow
                : formatDate(labels.language, due)}
          </dd>
        </div>
      </dl>
      <details className="word-sentences">
        <summary>
          {labels.sentences} ({word.contexts.length})
        </summary>
        <ul>
          {word.contexts.map((context) => (
            <li key={`${context.textId}-${context.sentenceId}-${context.surface}`}>
              <p lang="tl">{context.sentenceTl}</p>
              {context.sentenceEn && (
                <p lang="en" className="muted">
                  {context.sentenceEn}
                </p>
              )}
              <Link href={readerHref(context.textId, context.sentenceId)}>
                {labels.openInReader}
              </Link>
            </li>
          ))}
        </ul>
      </details>
      {editing ? (
        <WordEditor
          word={word}
          lists={lists}
          onCancel={() => setEditing(false)}
          onSave={(changes) => {
            setEditing(false);
            onSave(word, changes);
          }}
        />
      ) : (
        <div className="word-actions">
          {first && (
            <Link className="button" href={readerHref(first.textId, first.sentenceId)}>
              {labels.openInReader}
            </Link>
          )}
          <button
            ref={editButton}
            type="button"
            className="button"
            aria-label={`${labels.edit}: ${form}`}
            onClick={() => setEditing(true)}
          >
            {labels.edit}
          </button>
          <button
            type="button"
            className="button danger"
            aria-label={`${labels.delete}: ${form}`}
            onClick={() => onDelete(word)}
          >
            {labels.delete}
          </button>
        </div>
      )}
    </li>
  );
});
