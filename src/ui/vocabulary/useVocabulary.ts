import { useCallback, useEffect, useState } from 'react';
import { onVocabularyChange } from '../../storage/vocabularyChanges';
import { vocabularyRepository, type VocabularySnapshot } from '../../storage/vocabularyRepository';

export type VocabularyState =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly snapshot: VocabularySnapshot }
  | { readonly status: 'failed'; readonly error: unknown };

/** The saved words, lists and settings; reloaded whenever this tab or another one changes them. */
export function useVocabulary(): { state: VocabularyState; reload: () => void } {
  const [state, setState] = useState<VocabularyState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => onVocabularyChange(reload), [reload]);
  useEffect(() => {
    let current = true;
    vocabularyRepository()
      .load()
      .then(
        (snapshot) => current && setState({ status: 'done', snapshot }),
        (error: unknown) => current && setState({ status: 'failed', error }),
      );
    return () => {
      current = false;
    };
  }, [generation]);
  return { state, reload };
}
