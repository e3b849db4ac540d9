import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES } from '../../domain/vocab/stage';
import { vocabularyRepository } from '../../storage/vocabularyRepository';
import type { TextStages } from './wordStages';

/** "Mark saved words" switch, the stage legend and how many words of the text are still new. */
export default function HighlightLegend({ stages }: { stages: TextStages }) {
  const { t } = useTranslation('vocabulary');
  const id = useId();
  // Switched at once; the stored setting follows, and the reader reloads its marks.
  const [on, setOn] = useState(stages.settings.highlights);
  return (
    <div className="highlight-bar">
      <p className="muted unknown-count">
        {t('highlights.unknownCount', { count: stages.unknown })}
      </p>
      <div className="highlight-switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={on}
          onChange={(event) => {
            const highlights = event.target.checked;
            setOn(highlights);
            vocabularyRepository()
              .putSettings({ ...stages.settings, highlights })
              .catch(() => setOn(!highlights));
          }}
        />
        <label htmlFor={id}>{t('highlights.switch')}</label>
      </div>
      {on && (
        <ul className="highlight-legend" aria-label={t('highlights.legend')}>
          {STAGES.map((stage) => (
            // Describes each word marked with this stage, for those who cannot see its colour.
            <li key={stage} id={`word-stage-${stage}`}>
              <span className={`swatch stage-${stage}`} aria-hidden="true" />
              {t(`stage.${stage}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
