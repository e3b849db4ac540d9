import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { STAGES } from '../../domain/vocab/stage';

const TYPICAL_COUNT = 100;

interface Props {
  /** Words of the text still new to the learner; `undefined` until counted. */
  readonly unknown: number | undefined;
  readonly on: boolean;
  /** Absent until the stored setting is known: the switch is shown, not yet usable. */
  readonly onToggle?: (on: boolean) => void;
}

/**
 * The "Mark saved words" bar: how many words are new, the switch and the stage legend. Drawn in
 * full from the first paint, counted later: the bar arriving would push the text down under a
 * reader's finger. For the same reason the legend keeps its room while the marks are off.
 */
export function HighlightBarView({ unknown, on, onToggle }: Props) {
  const { t } = useTranslation('vocabulary');
  const id = useId();
  const pending = onToggle === undefined;
  return (
    <div className="highlight-bar" aria-hidden={pending || undefined} inert={pending}>
      <p className={`muted unknown-count${unknown === undefined ? ' uncounted' : ''}`}>
        {/* Not counted yet: room kept for a count of a typical length, nothing shown. */}
        {t('highlights.unknownCount', { count: unknown ?? TYPICAL_COUNT })}
      </p>
      <div className="highlight-switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={on}
          disabled={pending}
          onChange={(event) => onToggle?.(event.target.checked)}
        />
        <label htmlFor={id}>{t('highlights.switch')}</label>
      </div>
      <ul
        className={`highlight-legend${on ? '' : ' highlight-legend-off'}`}
        aria-label={t('highlights.legend')}
        aria-hidden={!on || undefined}
      >
        {STAGES.map((stage) => (
          // Describes each word marked with this stage, for those who cannot see its colour.
          <li key={stage} id={on ? `word-stage-${stage}` : undefined}>
            <span className={`swatch stage-${stage}`} aria-hidden="true" />
            {t(`stage.${stage}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
