import { useTranslation } from 'react-i18next';
import {
  mergeWithNext,
  shiftEnglishToNext,
  shiftEnglishToPrevious,
  splitPair,
  type PairDraft,
} from '../../domain/alignment/pairEdits';

/** The proposed pairs, each with the fixes a learner may need: merge, split, shift English. */
export function PairPreview({
  pairs,
  onChange,
}: {
  pairs: readonly PairDraft[];
  onChange: (pairs: PairDraft[]) => void;
}) {
  const { t } = useTranslation('addText');
  const tagalogCount = pairs.reduce((total, pair) => total + pair.tl.length, 0);
  const englishCount = pairs.reduce((total, pair) => total + pair.en.length, 0);
  return (
    <section className="pair-preview" aria-labelledby="pair-preview-title">
      <h2 id="pair-preview-title">{t('preview.title')}</h2>
      <p className="muted">
        {t('preview.summary', {
          pairs: t('preview.pairs', { count: pairs.length }),
          tagalog: tagalogCount,
          // The sentence noun closes the phrase, so it agrees with the English count next to it.
          count: englishCount,
        })}
      </p>
      <ol className="pair-list">
        {pairs.map((pair, index) => {
          const label = t('preview.pair', { number: index + 1 });
          return (
            <li key={index} className="pair-draft" aria-label={label}>
              <div className="pair-draft-text">
                <p lang="tl" aria-label={t('preview.tagalog')}>
                  {pair.tl.join(' ') || <span className="muted">{t('preview.missing')}</span>}
                </p>
                <p lang="en" aria-label={t('preview.english')}>
                  {pair.en.join(' ') || <span className="muted">{t('preview.missing')}</span>}
                </p>
              </div>
              <div className="pair-draft-actions" role="group" aria-label={label}>
                <button
                  type="button"
                  className="button"
                  disabled={index === pairs.length - 1}
                  onClick={() => onChange(mergeWithNext(pairs, index))}
                >
                  {t('actions.merge')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={pair.tl.length < 2 && pair.en.length < 2}
                  onClick={() => onChange(splitPair(pairs, index))}
                >
                  {t('actions.split')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={index === 0 || pair.en.length === 0}
                  onClick={() => onChange(shiftEnglishToPrevious(pairs, index))}
                >
                  {t('actions.englishUp')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={index === pairs.length - 1 || pair.en.length === 0}
                  onClick={() => onChange(shiftEnglishToNext(pairs, index))}
                >
                  {t('actions.englishDown')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
