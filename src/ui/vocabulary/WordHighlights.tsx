// Saved words marked by stage in the reader. This file is all the reader loads up front: the
// lookup of every word and the legend come later, in their own chunks, once the text is painted.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Text } from '../../domain/content';
import type { Stage } from '../../domain/vocab/stage';
import { onVocabularyChange } from '../../storage/vocabularyChanges';
import { whenIdle } from '../common/scheduling';
import { HighlightBarView } from './HighlightBarView';
import type { TextStages } from './wordStages';
import './highlights.css';

const HighlightLegend = lazy(() => import('./HighlightLegend'));

export interface Highlights {
  readonly stages: TextStages | null;
  /** Set when the marks cannot be had (no IndexedDB, no lexicon). */
  readonly failed: boolean;
  /** The class for a word of a sentence, when highlights are on and the word is marked. */
  readonly wordClass: ((sentenceId: string, wordIndex: number) => string | undefined) | undefined;
}

export function useWordHighlights(text: Text): Highlights {
  const [stages, setStages] = useState<TextStages | null>(null);
  const [failed, setFailed] = useState(false);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useEffect(() => onVocabularyChange(reload), [reload]);
  useEffect(() => {
    let current = true;
    const cancel = whenIdle(() => {
      import('./wordStages')
        .then((module) => module.stagesOfText(text))
        .then(
          (loaded) => current && setStages(loaded),
          // No IndexedDB or no lexicon: the text simply shows no highlights.
          () => current && setFailed(true),
        );
    }, 2000);
    return () => {
      current = false;
      cancel();
    };
  }, [text, generation]);
  const wordClass = useMemo(() => {
    if (!stages?.settings.highlights || stages.marks.size === 0) return undefined;
    return (sentenceId: string, wordIndex: number): string | undefined => {
      const stage: Stage | undefined = stages.marks.get(`${sentenceId}|${wordIndex}`);
      return stage ? `stage-${stage}` : undefined;
    };
  }, [stages]);
  return { stages, failed, wordClass };
}

/**
 * The switch, the legend and the count of words still unknown: drawn at once (marks on, as
 * they are by default), usable once they are known; gone where they cannot be (no IndexedDB).
 */
export function HighlightBar({ highlights }: { highlights: Highlights }) {
  if (highlights.failed) return null;
  const pending = <HighlightBarView unknown={undefined} on />;
  if (!highlights.stages) return pending;
  return (
    <Suspense fallback={pending}>
      <HighlightLegend
        key={String(highlights.stages.settings.highlights)}
        stages={highlights.stages}
      />
    </Suspense>
  );
}
