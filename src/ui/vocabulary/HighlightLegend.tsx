import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES } from '../../domain/vocab/stage';
import { vocabularyRepository } from '../../storage/vocabularyRepository';
import type { TextStages } from './wordStages';

/** "Mark saved words" switch, the stage legend and how many words of the text are still new. */
export default function HighlightLegend({ stages }: { stages: TextStages }) {
  const { t } = useTranslation('vocabulary');
  const id = useId();
  const on = stages.settings.highlights;
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
          onChange={(event) =>
            // The change is announced, and the reader reloads its marks.
            void vocabularyRepository()
              .putSettings({ ...stages.settings, highlights: event.target.checked })
              .catch(() => undefined)
          }
        />
        <label htmlFor={id}>{t('highlights.switch')}</label>
      </div>
      {on && (
        <ul className="highlight-legend" aria-label={t('highlights.legend')}>
          {STAGES.map((stage) => (
            <li key={stage}>
              <span className={`swatch stage-${stage}`} aria-hidden="true" />
              {t(`stage.${stage}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
