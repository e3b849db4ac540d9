import { useCallback, useEffect, useState } from 'react';
import { withWritten } from '../../domain/vocab/operations';
import type { SavedWord } from '../../domain/vocab/savedWord';
import { onVocabularyChange } from '../../storage/vocabularyChanges';
import { vocabularyRepository, type VocabularyOverview } from '../../storage/vocabularyRepository';

export interface AllWords {
  readonly words: SavedWord[];
  readonly setAside: number;
}

export type VocabularyState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'done';
      readonly overview: VocabularyOverview;
      /** How many words are saved, once counted. */
      readonly total: number | null;
      /** Every word, once read (after the first screen is shown); `null` until then. */
      readonly all: AllWords | null;
    }
  | { readonly status: 'failed'; readonly error: unknown };

// What the page showed last time, shown again at once when it reopens (then refreshed), and a
// read started as soon as the page's code arrived (see `preloadVocabulary`).
let lastShown: VocabularyState | undefined;
let preloaded:
  { readonly firstScreen: number; readonly overview: Promise<VocabularyOverview> } | undefined;

/** Starts reading the first screen before React renders the page. */
export function preloadVocabulary(firstScreen: number): void {
  const overview = vocabularyRepository().overview(firstScreen);
  overview.catch(() => undefined); // reported when the page uses it
  preloaded = { firstScreen, overview };
}

/** Drops what is kept between visits (tests start each case from storage). */
export function forgetVocabularyCache(): void {
  lastShown = undefined;
  preloaded = undefined;
}

onVocabularyChange(() => {
  preloaded = undefined; // read before the change
});

/**
 * The newest words first (one small read, so the page opens at once), then the count and every
 * word for search, filters and sorting. Reloaded whenever this tab or another one changes the
 * vocabulary; what a previous load had stays on screen meanwhile.
 */
export function useVocabulary(
  firstScreen: number,
): [VocabularyState, (written: readonly SavedWord[]) => void] {
  const [state, setState] = useState<VocabularyState>(() => lastShown ?? { status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => onVocabularyChange(reload), [reload]);
  useEffect(() => {
    let current = true;
    const repository = vocabularyRepository();
    const counted = repository.countWords();
    counted.catch(() => undefined); // awaited once the overview is read; its failure is reported
    const update = (change: (previous: VocabularyState) => VocabularyState): void => {
      if (current) setState(change);
    };
    const early = preloaded?.firstScreen === firstScreen ? preloaded.overview : undefined;
    preloaded = undefined;
    (early ?? repository.overview(firstScreen))
      .then(async (overview) => {
        update((previous) =>
          previous.status === 'done'
            ? { ...previous, overview }
            : { status: 'done', overview, total: null, all: null },
        );
        const total = await counted;
        update((previous) => (previous.status === 'done' ? { ...previous, total } : previous));
        const all = await repository.allWords();
        update(() => ({ status: 'done', overview, total: all.words.length, all }));
      })
      .catch((error: unknown) => update(() => ({ status: 'failed', error })));
    return () => {
      current = false;
    };
  }, [generation, firstScreen]);
  useEffect(() => {
    if (state.status === 'done') lastShown = state;
  }, [state]);
  // Words just written (an import) are shown at once: reading 10,000 words again takes a while,
  // and until then the count and search would show the words from before.
  const showWritten = useCallback(
    (written: readonly SavedWord[]) =>
      setState(
        (previous) =>
          previous.status !== 'done'
            ? previous
            : previous.all
              ? {
                  ...previous,
                  all: { ...previous.all, words: withWritten(previous.all.words, written) },
                }
              : { ...previous, total: null }, // counted again by the reload
      ),
    [],
  );
  return [state, showWritten];
}
