import {
  findPhrases,
  lookupWord,
  withOwnGloss,
  type LookupResult,
  type OwnGloss,
  type PhraseMatch,
} from '../../domain/lexicon';
import { analyze } from '../../domain/morphology/analyze';
import { contextAt, phraseInput } from '../../domain/lexicon/phraseInput';
import { loadLexicon } from '../../storage/lexiconFiles';
import { ownGlossFor } from '../../storage/ownGlosses';
import { useAsync, type AsyncState } from '../common/useAsync';

export interface Gloss {
  readonly result: LookupResult;
  /** The phrase or multi-word name the word belongs to in this sentence, if any. */
  readonly phrase?: PhraseMatch;
  /** Lexicon files that failed to load (the gloss is then possibly incomplete). */
  readonly failures: readonly string[];
  /** The learner's own gloss of this word, if they wrote one. */
  readonly own?: OwnGloss;
}

export async function glossWord(sentence: string, wordIndex: number, word: string): Promise<Gloss> {
  const [{ lexicon, failures }, own] = await Promise.all([loadLexicon(), ownGlossFor(word)]);
  const { input, wordPositions } = phraseInput(sentence);
  const position = wordPositions[wordIndex] ?? -1;
  const result = withOwnGloss(
    lookupWord(lexicon, analyze, word, contextAt(input, position)),
    own,
    analyze,
  );
  const phrase = findPhrases(lexicon, input, analyze).find(
    (match) => match.start <= position && position < match.end,
  );
  return { result, ...(phrase ? { phrase } : {}), failures, ...(own ? { own } : {}) };
}

/** `revision` changes when the learner edits their own gloss, so the dialog looks again. */
export function useGloss(
  sentence: string,
  wordIndex: number,
  word: string,
  revision = 0,
): AsyncState<Gloss> {
  return useAsync(`${sentence}\u0000${wordIndex}\u0000${revision}`, () =>
    glossWord(sentence, wordIndex, word),
  );
}
