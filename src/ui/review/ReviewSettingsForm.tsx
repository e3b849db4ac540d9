import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DIRECTIONS,
  MAX_RETENTION,
  MIN_RETENTION,
  type Direction,
} from '../../domain/review/schedule';
import type { ReviewSettings } from '../../domain/review/settings';

/** Desired retention, new cards per day and which card directions to review. */
export function ReviewSettingsForm({
  settings,
  onSave,
}: {
  settings: ReviewSettings;
  onSave: (settings: ReviewSettings) => Promise<void>;
}) {
  const { t } = useTranslation('review');
  const ids = { retention: useId(), help: useId(), perDay: useId() };
  const [retention, setRetention] = useState(String(settings.desiredRetention));
  const [perDay, setPerDay] = useState(String(settings.newPerDay));
  const [directions, setDirections] = useState<ReadonlySet<Direction>>(
    new Set(settings.directions),
  );
  const [saved, setSaved] = useState(false);
  const retentionValue = Number(retention);
  const perDayValue = Number(perDay);
  const valid =
    retentionValue >= MIN_RETENTION &&
    retentionValue <= MAX_RETENTION &&
    Number.isInteger(perDayValue) &&
    perDayValue >= 0 &&
    perDayValue <= 1000 &&
    directions.size > 0;
  return (
    <details className="review-settings">
      <summary>
        <h2>{t('settings.title')}</h2>
      </summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          void onSave({
            ...settings,
            desiredRetention: retentionValue,
            newPerDay: perDayValue,
            directions: DIRECTIONS.filter((direction) => directions.has(direction)),
          }).then(() => setSaved(true));
        }}
      >
        <label htmlFor={ids.retention}>{t('settings.retention')}</label>
        <input
          id={ids.retention}
          type="number"
          min={MIN_RETENTION}
          max={MAX_RETENTION}
          step={0.01}
          aria-describedby={ids.help}
          value={retention}
          onChange={(event) => {
            setSaved(false);
            setRetention(event.target.value);
          }}
        />
        <p id={ids.help} className="muted help">
          {t('settings.retentionHelp')}
        </p>
        <label htmlFor={ids.perDay}>{t('settings.newPerDay')}</label>
        <input
          id={ids.perDay}
          type="number"
          min={0}
          max={1000}
          step={1}
          value={perDay}
          onChange={(event) => {
            setSaved(false);
            setPerDay(event.target.value);
          }}
        />
        <fieldset>
          <legend>{t('settings.directions')}</legend>
          {DIRECTIONS.map((direction) => (
            <label key={direction}>
              <input
                type="checkbox"
                checked={directions.has(direction)}
                onChange={() => {
                  setSaved(false);
                  setDirections((previous) => {
                    const next = new Set(previous);
                    if (next.has(direction)) next.delete(direction);
                    else next.add(direction);
                    return next;
                  });
                }}
              />{' '}
              {t(`directionName.${direction}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={!valid}>
          {t('settings.save')}
        </button>
        {saved && <p role="status">{t('settings.saved')}</p>}
      </form>
    </details>
  );
}
