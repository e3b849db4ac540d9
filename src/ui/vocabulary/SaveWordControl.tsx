import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { KnownWord, SavedWord } from '../../domain/vocab/savedWord';
import { wordId } from '../../domain/vocab/savedWord';
import type { WordContext } from '../../domain/vocab/wordContext';
import { vocabularyRepository } from '../../storage/vocabularyRepository';
import { hasReviewProgress } from '../../domain/vocab/operations';
import { message as messageOf, translate, type Message } from './message';
import { storageNotice } from './storageMessage';
import './vocabulary.css';

type Status =
  | { readonly kind: 'loading' }
  | { readonly kind: 'unsaved'; readonly known: KnownWord | undefined }
  | { readonly kind: 'saved'; readonly word: SavedWord };

function hasSentence(word: SavedWord, context: WordContext): boolean {
  return word.contexts.some(
    (meeting) => meeting.textId === context.textId && meeting.sentenceId === context.sentenceId,
  );
}

/**
 * "Save" in the gloss dialog: keeps the word with this sentence; once saved, offers removal.
 * A multi-word phrase (`sa pamamagitan ng`) is saved the same way, as one item.
 */
export function SaveWordControl({
  word,
  phrase = false,
}: {
  word: WordContext;
  /** Labels the control for a phrase ("Save phrase") and leaves out "I know this". */
  phrase?: boolean;
}) {
  const { t, i18n } = useTranslation('vocabulary');
  const labels = phrase
    ? { save: t('save.savePhrase'), saved: t('save.phraseSaved'), sense: t('save.phraseSense') }
    : { save: t('save.save'), saved: t('save.saved'), sense: t('save.sense') };
  const senseId = useId();
  const id = wordId(word.headword);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [sense, setSense] = useState(word.sense);
  // The sense offered follows the gloss: the learner's own meaning once written, the lexicon's
  // again once removed.
  const [offered, setOffered] = useState(word.sense);
  if (offered !== word.sense) {
    setOffered(word.sense);
    setSense(word.sense);
  }
  const [busy, setBusy] = useState(false);
  // `undo` puts back what "Remove" took: the whole record, review progress and sentences too.
  const [message, setMessage] = useState<{
    text: Message;
    alert: boolean;
    undo?: () => Promise<Status>;
  } | null>(null);
  // Where focus goes once an action has changed the controls: the pressed button is gone (Save,
  // Remove) or relabelled in place. A control is never disabled while busy, as a focused button
  // that is disabled loses focus to the page, outside the dialog.
  const busyNow = useRef(false);
  const focusNext = useRef<'saved' | 'save' | null>(null);
  const savedState = useRef<HTMLParagraphElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let current = true;
    const repository = vocabularyRepository();
    repository
      .wordStatus(id)
      .then(({ word: saved, known }) => {
        if (!current) return;
        setStatus(saved ? { kind: 'saved', word: saved } : { kind: 'unsaved', known });
      })
      .catch((error: unknown) => {
        if (!current) return;
        setStatus({ kind: 'unsaved', known: undefined });
        setMessage({ text: storageNotice(error), alert: true });
      });
    return () => {
      current = false;
    };
  }, [id, t]);

  useEffect(() => {
    if (focusNext.current === null) return;
    (focusNext.current === 'saved' ? savedState.current : saveButton.current)?.focus();
    focusNext.current = null;
  }, [status]);

  const run = async (
    action: () => Promise<Status | { status: Status; done: Message; undo: () => Promise<Status> }>,
    done: Message | null,
    focusAfter: 'saved' | 'save' | null = null,
  ): Promise<void> => {
    if (busyNow.current) return;
    busyNow.current = true;
    setBusy(true);
    try {
      const result = await action();
      const next = 'kind' in result ? result : result.status;
      focusNext.current = focusAfter;
      setStatus(next);
      if ('kind' in result) setMessage(done ? { text: done, alert: false } : null);
      else setMessage({ text: result.done, alert: false, undo: result.undo });
    } catch (error) {
      setMessage({ text: storageNotice(error), alert: true });
    } finally {
      busyNow.current = false;
      setBusy(false);
    }
  };
  const repository = vocabularyRepository();
  const save = (): Promise<void> =>
    run(
      async () => {
        const saved = await repository.saveWord({ ...word, sense: sense.trim() }, new Date());
        return { kind: 'saved', word: saved };
      },
      null,
      'saved',
    );
  // As the Vocabulary page's Delete: the removed record comes back whole with `putWords`.
  const remove = (): Promise<void> =>
    run(
      async () => {
        const [removed] = await repository.deleteWords([id]);
        const status: Status = { kind: 'unsaved', known: undefined };
        if (!removed) return status;
        const count = removed.contexts.length;
        return {
          status,
          done: messageOf(hasReviewProgress(removed) ? 'save.removedStudied' : 'save.removed', {
            count,
          }),
          undo: async () => {
            await repository.putWords([removed]);
            return { kind: 'saved', word: removed };
          },
        };
      },
      null,
      'save',
    );
  const undo = (restore: () => Promise<Status>): Promise<void> =>
    run(restore, messageOf('save.restored'), 'saved');
  const messageView = message && (
    <p role={message.alert ? 'alert' : 'status'}>
      {translate(t, message.text, i18n.language)}
      {message.undo && (
        <>
          {' '}
          <button
            type="button"
            className="button small"
            aria-disabled={busy || undefined}
            onClick={() => void undo(message.undo!)}
          >
            {t('save.undo')}
          </button>
        </>
      )}
    </p>
  );

  if (status.kind === 'loading') return null;

  if (status.kind === 'saved') {
    const saved = status.word;
    return (
      <section className="save-word" aria-label={labels.saved}>
        <p className="save-state" role="status" tabIndex={-1} ref={savedState}>
          {labels.saved}
        </p>
        {saved.sense && (
          <p className="saved-sense" lang="en">
            {saved.sense}
          </p>
        )}
        <div className="save-actions">
          {!hasSentence(saved, word) && (
            <button
              type="button"
              className="button"
              aria-disabled={busy || undefined}
              onClick={() => void save()}
            >
              {t('save.addSentence')}
            </button>
          )}
          <button
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={() => void remove()}
          >
            {t('save.remove')}
          </button>
        </div>
        {messageView}
      </section>
    );
  }

  const known = status.known;
  return (
    <section className="save-word" aria-label={labels.save}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label htmlFor={senseId}>{labels.sense}</label>
        <input
          id={senseId}
          type="text"
          lang="en"
          value={sense}
          onChange={(event) => setSense(event.target.value)}
        />
        <div className="save-actions">
          <button
            type="submit"
            className="button primary"
            aria-disabled={busy || undefined}
            ref={saveButton}
          >
            {busy ? t('save.saving') : labels.save}
          </button>
          {phrase ? null : known ? (
            <button
              type="button"
              className="button"
              aria-disabled={busy || undefined}
              onClick={() =>
                void run(async () => {
                  await repository.unmarkKnown(id);
                  return { kind: 'unsaved', known: undefined };
                }, null)
              }
            >
              {t('save.unmarkKnown')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              aria-disabled={busy || undefined}
              onClick={() =>
                void run(async () => {
                  const mark = await repository.markKnown(word.headword, new Date());
                  return { kind: 'unsaved', known: mark };
                }, messageOf('save.markedKnown'))
              }
            >
              {t('save.known')}
            </button>
          )}
        </div>
      </form>
      {known && !message && <p className="muted">{t('save.markedKnown')}</p>}
      {messageView}
    </section>
  );
}
