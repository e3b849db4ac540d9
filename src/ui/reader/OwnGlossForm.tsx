import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ownGloss, PARTS_OF_SPEECH, type OwnGloss, type PartOfSpeech } from '../../domain/lexicon';
import { removeOwnGloss, saveOwnGloss } from '../../storage/ownGlosses';
import { libraryProblemMessage } from '../add-text/problemMessage';

interface Props {
  readonly word: string;
  readonly suggestedRoot: string;
  /** The part of speech the gloss gives the word, offered first (a conjunction stays one). */
  readonly suggestedPos: PartOfSpeech;
  readonly current: OwnGloss | undefined;
  readonly onChange: () => void;
}

/** The learner writes the meaning (and root) the lexicon lacks; it is used everywhere after. */
export function OwnGlossForm({ word, suggestedRoot, suggestedPos, current, onChange }: Props) {
  const { t } = useTranslation(['addText', 'common']);
  const ids = { root: useId(), sense: useId(), pos: useId() };
  const [root, setRoot] = useState(current?.root ?? suggestedRoot);
  const [sense, setSense] = useState(current?.sense ?? '');
  const [pos, setPos] = useState<PartOfSpeech>(current?.pos ?? suggestedPos);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  // The form is built when the learner opens it: most glosses are read, not annotated.
  const [open, setOpen] = useState(false);
  const rootField = useRef<HTMLInputElement>(null);
  const senseField = useRef<HTMLInputElement>(null);

  /** A field of spaces passes `required`: say so, and take the learner there. */
  const blankField = (): boolean => {
    const blank = !root.trim() ? 'root' : !sense.trim() ? 'sense' : undefined;
    if (!blank) return false;
    const field = t(`ownGloss.${blank}`).toLowerCase();
    setMessage({ text: t('ownGloss.blank', { field }), alert: true });
    (blank === 'root' ? rootField : senseField).current?.focus();
    return true;
  };

  const run = async (action: () => Promise<void>, done: string): Promise<void> => {
    try {
      await action();
      setMessage({ text: done, alert: false });
      onChange();
    } catch (error) {
      setMessage({
        text: libraryProblemMessage(t, error),
        alert: true,
      });
    }
  };

  return (
    <details className="own-gloss" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t(current ? 'ownGloss.edit' : 'ownGloss.add')}</summary>
      {open && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (blankField()) return;
            const gloss = { ...ownGloss(word, root, sense, new Date()), pos };
            void run(() => saveOwnGloss(gloss), t('ownGloss.saved', { word }));
          }}
        >
          <label htmlFor={ids.root}>{t('ownGloss.root')}</label>
          <input
            ref={rootField}
            id={ids.root}
            type="text"
            lang="tl"
            required
            value={root}
            onChange={(event) => setRoot(event.target.value)}
          />
          <label htmlFor={ids.sense}>{t('ownGloss.sense')}</label>
          <input
            ref={senseField}
            id={ids.sense}
            type="text"
            lang="en"
            required
            value={sense}
            onChange={(event) => setSense(event.target.value)}
          />
          <label htmlFor={ids.pos}>{t('ownGloss.pos')}</label>
          <select
            id={ids.pos}
            value={pos}
            onChange={(event) => setPos(event.target.value as PartOfSpeech)}
          >
            {PARTS_OF_SPEECH.map((part) => (
              <option key={part} value={part}>
                {t(`common:gloss.pos.${part}`)}
              </option>
            ))}
          </select>
          <div className="form-actions">
            {current && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  void run(
                    async () => {
                      await removeOwnGloss(current.form);
                      // Back to what the form offers for a word with no meaning of the learner's.
                      setRoot(suggestedRoot);
                      setSense('');
                      setPos(suggestedPos);
                    },
                    t('ownGloss.removed', { word }),
                  )
                }
              >
                {t('ownGloss.remove')}
              </button>
            )}
            <button type="submit" className="button primary">
              {t('ownGloss.save')}
            </button>
          </div>
        </form>
      )}
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
    </details>
  );
}
