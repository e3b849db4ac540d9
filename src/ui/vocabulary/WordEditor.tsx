import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { SavedWord, WordList } from '../../domain/vocab/savedWord';
import { listName } from './format';

export interface WordChanges {
  readonly sense: string;
  readonly notes: string;
  readonly lists: readonly string[];
}

/** Edits a word's meaning, notes and lists. */
export function WordEditor({
  word,
  lists,
  onSave,
  onCancel,
}: {
  word: SavedWord;
  lists: readonly WordList[];
  onSave: (changes: WordChanges) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('vocabulary');
  const ids = { sense: useId(), senseProblem: useId(), notes: useId() };
  const senseInput = useRef<HTMLInputElement>(null);
  const [sense, setSense] = useState(word.sense);
  const [senseMissing, setSenseMissing] = useState(false);
  const [notes, setNotes] = useState(word.notes);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(word.lists));
  const toggle = (listId: string): void =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(listId)) next.delete(listId);
      else next.add(listId);
      return next;
    });
  // Opened with "Edit", which is gone: the first field takes focus.
  useEffect(() => senseInput.current?.focus(), []);
  return (
    <form
      className="word-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // A card without a meaning has nothing to review in either direction.
        if (!sense.trim()) {
          setSenseMissing(true);
          senseInput.current?.focus();
          return;
        }
        onSave({
          sense,
          notes,
          lists: lists.map((list) => list.id).filter((id) => chosen.has(id)),
        });
      }}
    >
      <label htmlFor={ids.sense}>{t('word.sense')}</label>
      <input
        ref={senseInput}
        id={ids.sense}
        type="text"
        lang="en"
        required
        aria-invalid={senseMissing ? true : undefined}
        aria-describedby={senseMissing ? ids.senseProblem : undefined}
        value={sense}
        onChange={(event) => {
          setSense(event.target.value);
          setSenseMissing(false);
        }}
      />
      {senseMissing && (
        <p id={ids.senseProblem} className="warning field-problem">
          {t('word.senseRequired')}
        </p>
      )}
      <label htmlFor={ids.notes}>{t('word.notes')}</label>
      <textarea
        id={ids.notes}
        rows={2}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
      />
      <fieldset className="list-choices">
        <legend>{t('word.inLists')}</legend>
        {lists.map((list) => (
          <label key={list.id}>
            <input type="checkbox" checked={chosen.has(list.id)} onChange={() => toggle(list.id)} />{' '}
            {listName(t, list)}
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('word.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('word.save')}
        </button>
      </div>
    </form>
  );
}
