import { Suspense, useMemo } from 'react';
import type { LexiconEntry } from '../../domain/lexicon';
import { analyze } from '../../domain/morphology/analyze';
import { usePaintedOnce } from '../common/usePaintedOnce';
import { GlossContent, type GlossContext } from './GlossContent';
import type { Gloss } from './useGloss';

// A word of every part a gloss shows in its first frame and the next: a derived form, its root with
// a note, an example and a language of origin, pieces with aspect and focus. Never seen.
const SAMPLE_WORD = 'nagluluto';

const SAMPLE_ENTRY: LexiconEntry = {
  lemma: 'luto',
  pos: ['verb', 'noun'],
  senses: ['cook'],
  derived: [{ form: 'magluto', pos: 'verb', senses: ['cook'], note: 'sample' }],
  origin: 'spanish',
  etymon: 'sample',
  note: 'sample',
  example: { tl: 'sample', en: 'sample' },
  unsure: true,
};

const SAMPLE_CONTEXT: GlossContext = {
  word: SAMPLE_WORD,
  sentenceTl: SAMPLE_WORD,
  sentenceEn: '',
  textId: '',
  sentenceId: '',
};

function sampleGloss(): Gloss {
  const analysis = analyze(SAMPLE_WORD).find((reading) => reading.affixes.length > 0)!;
  const derived = SAMPLE_ENTRY.derived![0]!;
  const reading = { lemma: SAMPLE_ENTRY.lemma, entry: SAMPLE_ENTRY, derived, analysis, score: 0 };
  return { result: { word: SAMPLE_WORD, readings: [reading] }, failures: [] };
}

const ignore = (): void => undefined;

/**
 * A gloss drawn once, unseen, while the reader is idle, so that the first gloss the learner opens
 * does not wait for what is done the first time only: every font at a size, weight and style the
 * page has not used yet is looked up when first drawn (tens of milliseconds each on a slow phone),
 * and the gloss's code runs for the first time. Mounted once the gloss's locale namespaces are
 * loaded; gone after that one frame.
 */
export function GlossWarmUp() {
  const drawn = usePaintedOnce();
  const gloss = useMemo(sampleGloss, []);
  if (drawn) return null;
  return (
    <div className="gloss-warm-up" aria-hidden="true" inert>
      <div className="gloss-dialog">
        <div className="gloss-inner">
          <header className="gloss-header">
            <h2 lang="tl">{SAMPLE_WORD}</h2>
          </header>
          <Suspense fallback={null}>
            <GlossContent
              gloss={gloss}
              context={SAMPLE_CONTEXT}
              onOwnGlossChange={ignore}
              readingOnly
            />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
