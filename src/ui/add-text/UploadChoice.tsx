import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';

export type UploadChoiceAnswer = 'replace' | 'append' | 'keep';

/**
 * Asks what an uploaded file does to a field that already has text: replace it, add after it,
 * or nothing. The question takes focus, so a screen reader reads it at once.
 */
export function UploadChoice({
  field,
  file,
  onChoose,
}: {
  field: 'tagalog' | 'english';
  file: string;
  onChoose: (answer: UploadChoiceAnswer) => void;
}) {
  const { t } = useTranslation('addText');
  const questionId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={questionId} className="upload-choice">
      <p id={questionId} tabIndex={-1} ref={question}>
        {t('uploadChoice.question', { field: t(`fieldNames.${field}`), file })}
      </p>
      <div className="upload-choice-actions">
        <button type="button" className="button" onClick={() => onChoose('replace')}>
          {t('uploadChoice.replace')}
        </button>
        <button type="button" className="button" onClick={() => onChoose('append')}>
          {t('uploadChoice.append')}
        </button>
        <button type="button" className="button" onClick={() => onChoose('keep')}>
          {t('uploadChoice.keep')}
        </button>
      </div>
    </div>
  );
}
