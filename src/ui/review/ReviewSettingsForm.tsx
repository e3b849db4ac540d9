import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import {
  DIRECTIONS,
  MAX_RETENTION,
  MIN_RETENTION,
  type Direction,
} from '../../domain/review/schedule';
import {
  MAX_NEW_PER_DAY,
  settingsProblems,
  type ReviewSettings,
} from '../../domain/review/settings';
import { storageMessage } from '../vocabulary/storageMessage';

/** The ids an input is described by: its help, and its problem when it has one. */
function describedBy(...ids: (string | false)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** Desired retention, new cards per day and which card directions to review. */
export function ReviewSettingsForm({
  settings,
  onSave,
}: {
  settings: ReviewSettings;
  onSave: (settings: ReviewSettings) => Promise<void>;
}) {
  const { t } = useTranslation(['review', 'vocabulary']);
  const ids = {
    retention: useId(),
    help: useId(),
    retentionProblem: useId(),
    perDay: useId(),
    perDayProblem: useId(),
    directionsProblem: useId(),
  };
  const [retention, setRetention] = useState(String(settings.desiredRetention));
  const [perDay, setPerDay] = useState(String(settings.newPerDay));
  const [directions, setDirections] = useState<ReadonlySet<Direction>>(
    new Set(settings.directions),
  );
  const [saved, setSaved] = useState(false);
  /** Why the last "Save settings" failed; the form keeps what was typed, to try again. */
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  const problems = settingsProblems({ retention, newPerDay: perDay, directions: [...directions] });
  const valid = Object.keys(problems).length === 0;
  const percent = (value: number): string => String(Math.round(value * 100));
  return (
    <details className="review-settings">
      <summary>
        <h2>{t('settings.title')}</h2>
      </summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          setFailure(null);
          onSave({
            ...settings,
            desiredRetention: Number(retention),
            newPerDay: Number(perDay),
            directions: DIRECTIONS.filter((direction) => directions.has(direction)),
          }).then(
            () => setSaved(true),
            (error: unknown) => {
              setSaved(false);
              setFailure({ error });
            },
          );
        }}
      >
        <label htmlFor={ids.retention}>{t('settings.retention')}</label>
        <input
          id={ids.retention}
          type="number"
          min={MIN_RETENTION}
          max={MAX_RETENTION}
          step={0.01}
          aria-invalid={problems.retention ? true : undefined}
          aria-describedby={describedBy(ids.help, !!problems.retention && ids.retentionProblem)}
          value={retention}
          onChange={(event) => {
            setSaved(false);
            setRetention(event.target.value);
          }}
        />
        {problems.retention && (
          <p id={ids.retentionProblem} className="warning help">
            {t('settings.errors.retention', {
              min: MIN_RETENTION,
              max: MAX_RETENTION,
              minPercent: percent(MIN_RETENTION),
              maxPercent: percent(MAX_RETENTION),
            })}
          </p>
        )}
        <p id={ids.help} className="muted help">
          {t('settings.retentionHelp')}
        </p>
        <label htmlFor={ids.perDay}>{t('settings.newPerDay')}</label>
        <input
          id={ids.perDay}
          type="number"
          min={0}
          max={MAX_NEW_PER_DAY}
          step={1}
          aria-invalid={problems.newPerDay ? true : undefined}
          aria-describedby={describedBy(!!problems.newPerDay && ids.perDayProblem)}
          value={perDay}
          onChange={(event) => {
            setSaved(false);
            setPerDay(event.target.value);
          }}
        />
        {problems.newPerDay && (
          <p id={ids.perDayProblem} className="warning help">
            {t('settings.errors.newPerDay', { max: MAX_NEW_PER_DAY })}
          </p>
        )}
        <fieldset aria-describedby={describedBy(!!problems.directions && ids.directionsProblem)}>
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
          {problems.directions && (
            <p id={ids.directionsProblem} className="warning help">
              {t('settings.errors.directions')}
            </p>
          )}
        </fieldset>
        <button type="submit" className="button" disabled={!valid}>
          {t('settings.save')}
        </button>
        {saved && <p role="status">{t('settings.saved')}</p>}
        {failure && (
          <p className="warning" role="alert">
            {t('settings.notSaved')} {storageMessage(t, failure.error)}
          </p>
        )}
      </form>
    </details>
  );
}
