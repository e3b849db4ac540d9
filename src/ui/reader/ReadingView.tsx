import { useTranslation } from '../../i18n/useTranslation';
import { displayLemma, type LexiconEntry, type Reading } from '../../domain/lexicon';
import { AffixBreakdown } from './AffixBreakdown';

/**
 * Whether the reading's aspect and focus are shown: not for a derived word listed as other than a
 * verb (`magkakasama`, together), nor for ka- with a copied syllable on a root that is no verb,
 * which says "how…!" of a quality (`kagaganda`, how beautiful), not that an action was just done.
 */
function readAsVerb({ entry, derived, analysis }: Reading): boolean {
  if (derived !== undefined) return derived.pos === 'verb';
  return analysis.aspect !== 'recentlyCompleted' || entry.pos.includes('verb');
}

export function PartsOfSpeech({ pos }: { pos: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <span className="pos">
      {pos.map((p) => t(`gloss.pos.${p}`, { defaultValue: p })).join(', ')}
    </span>
  );
}

/**
 * An entry's senses and what is told of it. `brief`: the senses alone (and whether the entry is
 * unsure), as a gloss's first frame draws them; where it is from, its note and its example come a
 * frame later.
 */
export function EntrySummary({ entry, brief = false }: { entry: LexiconEntry; brief?: boolean }) {
  const { t } = useTranslation();
  const language = entry.origin ? t(`gloss.language.${entry.origin}`) : undefined;
  return (
    <>
      <ol className="senses">
        {entry.senses.map((sense) => (
          <li key={sense}>{sense}</li>
        ))}
      </ol>
      {!brief && language && (
        <p className="origin">
          {entry.etymon
            ? t('gloss.origin', { language, etymon: entry.etymon })
            : t('gloss.originNoEtymon', { language })}
        </p>
      )}
      {!brief && entry.note && <p className="entry-note">{entry.note}</p>}
      {!brief && entry.example && (
        <p className="example">
          <span lang="tl">{entry.example.tl}</span> — <span lang="en">{entry.example.en}</span>
        </p>
      )}
      {entry.unsure && <p className="unsure">{t('gloss.unsure')}</p>}
    </>
  );
}

/**
 * The main reading: the derived form's own meaning if listed, the root and its senses, the
 * breakdown. `word` is the word as the text writes it (a name's capitals come from it); `brief`
 * leaves the notes out (see `EntrySummary`).
 */
export function ReadingView({
  reading,
  word,
  brief = false,
}: {
  reading: Reading;
  word?: string;
  brief?: boolean;
}) {
  const { t } = useTranslation(['common', 'addText']);
  const { entry, derived, analysis } = reading;
  return (
    <div className="reading">
      {derived && (
        <section className="derived">
          <p>
            <strong lang="tl">{derived.form}</strong> <PartsOfSpeech pos={[derived.pos]} />
          </p>
          <ol className="senses">
            {derived.senses.map((sense) => (
              <li key={sense}>{sense}</li>
            ))}
          </ol>
          {!brief && derived.note && <p className="entry-note">{derived.note}</p>}
        </section>
      )}
      <section className="root">
        {reading.own && <p className="own-badge">{t('addText:ownGloss.yours')}</p>}
        <h3>
          {t(entry.pos.includes('name') ? 'gloss.name' : 'gloss.root')}:{' '}
          <span lang="tl">{displayLemma(entry, word)}</span> <PartsOfSpeech pos={entry.pos} />
        </h3>
        <EntrySummary entry={entry} brief={brief} />
      </section>
      <AffixBreakdown analysis={analysis} verb={readAsVerb(reading)} />
    </div>
  );
}
