import { useTranslation } from '../../i18n/useTranslation';
import { reviewsPerDay, streakOfDays, trueRetention } from '../../domain/review/stats';
import { intlLocale } from './time';
import { STATS_DAYS, type StatsData } from './useReviewStats';

const WIDTH = 300;
const HEIGHT = 80;

/** Answers per day (a small bar chart), true retention over the month, and the streak. */
export function ReviewStats({ stats, now }: { stats: StatsData | null; now: Date }) {
  const { t, i18n } = useTranslation('review');
  if (!stats) return null;
  const days = reviewsPerDay(stats.log, now, STATS_DAYS);
  const retention = trueRetention(stats.log);
  const today = days.at(-1)?.count ?? 0;
  const highest = Math.max(1, ...days.map((day) => day.count));
  const barWidth = WIDTH / STATS_DAYS;
  const locale = intlLocale(i18n.language);
  const dayFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
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
          <dd>{t('stats.streakDays', { count: streakOfDays(stats.activeDays, now) })}</dd>
        </div>
        <div>
          <dt>{t('stats.total')}</dt>
          <dd>{stats.total}</dd>
        </div>
      </dl>
      <figure className="chart">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={t('stats.chart', { days: STATS_DAYS })}
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
        <figcaption className="muted">{t('stats.chart', { days: STATS_DAYS })}</figcaption>
      </figure>
    </section>
  );
}
