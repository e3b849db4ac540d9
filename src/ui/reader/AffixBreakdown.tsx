import { Fragment } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Analysis } from '../../domain/morphology/analysis';
import {
  explainedAffixes,
  writtenPieces,
  type ExplainedAffix,
} from '../../domain/morphology/surfaceOrder';

/**
 * `naki-` + `pag-` + `tulong` + `-an`, each piece explained in the learner's language. Aspect and
 * focus are a verb's: `verb` is false where the word is listed as something else (`magkakasama`,
 * together, reads like a verb not yet begun).
 */
export function AffixBreakdown({ analysis, verb = true }: { analysis: Analysis; verb?: boolean }) {
  const { t } = useTranslation(['morphology', 'common']);
  if (analysis.affixes.length === 0) return null;
  // A verb's aspect picks the piece's meaning where the piece has one for it (a copied syllable
  // says what it does in this word, not in every word it is found in): `meaning_incompleted`. In a
  // noun of the action the copy's role picks it: `meaning_actionNoun`.
  const aspect = verb ? analysis.aspect : undefined;
  // What a piece does. The affix's name leads only where the piece is written otherwise (`pam-`
  // is pang-, `um-` is -um-, `naki- … pag-` is nakipag-): beside its own form the name would say
  // the form again.
  const explanation = ({ affix, written, role }: ExplainedAffix): string => {
    const general = t(`affix.${affix.id}.meaning`, {
      ns: 'morphology',
      context: aspect ?? role,
      defaultValue: t(`kind.${affix.kind}`, { ns: 'morphology', defaultValue: affix.kind }),
    });
    // A suffix that marks a verb's focus makes nouns and adjectives too (`pangunahin`, main).
    const meaning = verb
      ? general
      : t(`affix.${affix.id}.nonVerbMeaning`, { ns: 'morphology', defaultValue: general });
    const name = t(`affix.${affix.id}.name`, { ns: 'morphology', defaultValue: '' });
    const shown = name !== '' ? name : affix.form;
    return shown !== written ? `${shown}: ${meaning}` : meaning;
  };
  return (
    <div className="breakdown">
      {/* A group, as a paragraph's label is not read out; the plus signs are read too. */}
      <div className="formula" role="group" aria-label={t('gloss.breakdown', { ns: 'common' })}>
        {writtenPieces(analysis).map((piece, index) => (
          <Fragment key={index}>
            {/* A line breaks before a plus sign, not after it: the sign goes with its piece. */}
            {index > 0 && <span className="plus">{' +\u00a0'}</span>}
            {piece.kind === 'root' ? (
              <strong className="piece piece-root">{piece.form}</strong>
            ) : (
              <span className={`piece piece-${piece.kind}`}>{piece.form}</span>
            )}
          </Fragment>
        ))}
      </div>
      <dl className="affix-list">
        {explainedAffixes(analysis).map((explained, index) => (
          <div key={`${explained.affix.id}-${index}`}>
            <dt className="piece">{explained.written}</dt>
            <dd>{explanation(explained)}</dd>
          </div>
        ))}
      </dl>
      {verb && (analysis.aspect || analysis.focus) && (
        <p className="features">
          {analysis.aspect && (
            <span>
              {t('gloss.aspect', { ns: 'common' })}:{' '}
              {t(`aspect.${analysis.aspect}`, { ns: 'morphology', defaultValue: analysis.aspect })}
            </span>
          )}
          {analysis.focus && (
            <span>
              {t('gloss.focus', { ns: 'common' })}:{' '}
              {t(`focus.${analysis.focus}`, { ns: 'morphology', defaultValue: analysis.focus })}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
