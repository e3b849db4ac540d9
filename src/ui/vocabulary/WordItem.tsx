import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { displayForm, type SavedWord, type WordList } from '../../domain/vocab/savedWord';
import { nextDue, stageOf } from '../../domain/vocab/stage';
import { formatDate, listName } from './format';
import { WordEditor, type WordChanges } from './WordEditor';

export function readerHref(textId: string, sentenceId: string): string {
  return `/read/${encodeURIComponent(textId)}?s=${encodeURIComponent(sentenceId)}`;
}

interface Props {
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
  const { word, lists, directions, now, selected, onSelect, onSave, onDelete } = props;
  const { t, i18n } = useTranslation('vocabulary');
  const [editing, setEditing] = useState(false);
  const form = displayForm(word);
  const stage = stageOf(word, directions);
  const due = nextDue(word, directions);
  const listNames = lists
    .filter((list) => word.lists.includes(list.id))
    .map((list) => listName(t, list));
  const first = word.contexts[0];
  return (
    <li className={`word-item stage-${stage}`} data-word-id={word.id}>
      <div className="word-head">
        <input
          type="checkbox"
          checked={selected}
          onChange={() => onSelect(word.id)}
          aria-label={t('word.select', { word: form })}
        />
        <h3 lang="tl">{form}</h3>
        {form.toLowerCase() !== word.root.toLowerCase() && (
          <span className="muted">
            {t('word.root')}: <span lang="tl">{word.root}</span>
          </span>
        )}
        <span className={`stage-badge stage-${stage}`}>{t(`stage.${stage}`)}</span>
      </div>
      <p className="word-sense" lang="en">
        {word.sense}
        {word.pos && <span className="muted"> · {word.pos}</span>}
      </p>
      {word.notes && <p className="word-notes">{word.notes}</p>}
      <dl className="word-facts">
        <div>
          <dt>{t('word.lists')}</dt>
          <dd>{listNames.join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>{t('word.nextReview')}</dt>
          <dd>
            {stage === 'new'
              ? t('word.notScheduled')
              : due <= now
                ? t('word.dueNow')
                : formatDate(i18n.language, due)}
          </dd>
        </div>
      </dl>
      <details className="word-sentences">
        <summary>
          {t('word.sentences')} ({word.contexts.length})
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
                {t('word.openInReader')}
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
              {t('word.openInReader')}
            </Link>
          )}
          <button
            type="button"
            className="button"
            aria-label={`${t('word.edit')}: ${form}`}
            onClick={() => setEditing(true)}
          >
            {t('word.edit')}
          </button>
          <button
            type="button"
            className="button danger"
            aria-label={`${t('word.delete')}: ${form}`}
            onClick={() => onDelete(word)}
          >
            {t('word.delete')}
          </button>
        </div>
      )}
    </li>
  );
});
