import { useTranslation } from 'react-i18next';
import type { ReviewLogEntry } from '../../domain/review/reviewLog';
import { reviewsPerDay, streak, trueRetention } from '../../domain/review/stats';
import { intlLocale } from './time';

const CHART_DAYS = 30;
const WIDTH = 300;
const HEIGHT = 80;

/** Answers per day (a small bar chart), true retention and streak. */
export function ReviewStats({ log, now }: { log: readonly ReviewLogEntry[]; now: Date }) {
  const { t, i18n } = useTranslation('review');
  const days = reviewsPerDay(log, now, CHART_DAYS);
  const retention = trueRetention(log);
  const today = days.at(-1)?.count ?? 0;
  const highest = Math.max(1, ...days.map((day) => day.count));
  const barWidth = WIDTH / CHART_DAYS;
  const dayFormat = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    month: 'short',
    day: 'numeric',
  });
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  return (
    <section className="review-stats" aria-labelledby="review-stats-title">
      <h2 id="review-stats-title">{t('stats.title')}</h2>
      <dl className="stat-grid">
        <div>
          <dt>{t('stats.today')}</dt>
          <dd>{today}</dd>
        </div>
        <div>
          <dt>{t('stats.retention')}</dt>
          <dd>{retention === null ? t('stats.retentionNone') : percent.format(retention)}</dd>
        </div>
        <div>
          <dt>{t('stats.streak')}</dt>
          <dd>{t('stats.streakDays', { count: streak(log, now) })}</dd>
        </div>
        <div>
          <dt>{t('stats.total')}</dt>
          <dd>{log.length}</dd>
        </div>
      </dl>
      <figure className="chart">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={t('stats.chart', { days: CHART_DAYS })}
          preserveAspectRatio="none"
        >
          {days.map((day, index) => {
            const height = (day.count / highest) * (HEIGHT - 4);
            return (
              <rect
                key={day.dayStart}
                x={index * barWidth + 1}
                y={HEIGHT - height}
                width={barWidth - 2}
                height={height}
                className={index === days.length - 1 ? 'bar today' : 'bar'}
              >
                <title>
                  {t('stats.chartDay', { date: dayFormat.format(day.dayStart), count: day.count })}
                </title>
              </rect>
            );
          })}
        </svg>
        <figcaption className="muted">{t('stats.chart', { days: CHART_DAYS })}</figcaption>
      </figure>
    </section>
  );
}
