import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { PairDraft } from '../../domain/alignment/pairEdits';
import {
  applyPairAction,
  canApply,
  focusAfterAction,
  PAIR_ACTIONS,
  type PairAction,
  type PairButton,
} from './pairActions';

const ACTION_LABEL = {
  merge: 'actions.merge',
  split: 'actions.split',
  englishUp: 'actions.englishUp',
  englishDown: 'actions.englishDown',
} as const satisfies Record<PairAction, string>;

/**
 * The proposed pairs, each with the fixes a learner may need: merge, split, shift English. Its
 * heading takes focus when it opens, so on a phone the learner sees it rather than the form's end.
 */
export function PairPreview({
  pairs,
  onChange,
}: {
  pairs: readonly PairDraft[];
  onChange: (pairs: PairDraft[]) => void;
}) {
  const { t } = useTranslation('addText');
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // Where focus goes once the pairs an action changed are shown (`'heading'`: nothing in the pair).
  const focusNext = useRef<PairButton | 'heading' | null>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'heading') heading.current?.focus();
    else if (target) {
      list.current
        ?.querySelector<HTMLButtonElement>(
          `[data-pair="${target.index}"][data-action="${target.action}"]`,
        )
        ?.focus();
    }
  }, [pairs]);

  const act = (index: number, action: PairAction): void => {
    const next = applyPairAction(pairs, index, action);
    focusNext.current = focusAfterAction(next, index, action) ?? 'heading';
    onChange(next);
  };

  const tagalogCount = pairs.reduce((total, pair) => total + pair.tl.length, 0);
  const englishCount = pairs.reduce((total, pair) => total + pair.en.length, 0);
  return (
    <section className="pair-preview" aria-labelledby="pair-preview-title">
      <h2 id="pair-preview-title" tabIndex={-1} ref={heading}>
        {t('preview.title')}
      </h2>
      <p className="muted">
        {t('preview.summary', {
          pairs: t('preview.pairs', { count: pairs.length }),
          tagalog: tagalogCount,
          // The sentence noun closes the phrase, so it agrees with the English count next to it.
          count: englishCount,
        })}
      </p>
      <p className="muted">{t('preview.englishOnly')}</p>
      <ol className="pair-list" ref={list}>
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
                {PAIR_ACTIONS.map((action) => (
                  <button
                    key={action}
                    type="button"
                    className="button"
                    data-pair={index}
                    data-action={action}
                    disabled={!canApply(pairs, index, action)}
                    onClick={() => act(index, action)}
                  >
                    {t(ACTION_LABEL[action])}
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
