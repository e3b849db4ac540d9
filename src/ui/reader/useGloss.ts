import { useMemo } from 'react';
import {
  lookupWord,
  withOwnGloss,
  type Lexicon,
  type LookupResult,
  type OwnGloss,
  type PhraseMatch,
} from '../../domain/lexicon';
import { analyze } from '../../domain/morphology/analyze';
import { contextAt } from '../../domain/lexicon/phraseInput';
import { sentencePhrases } from '../../domain/lexicon/sentencePhrases';
import { lexiconIfLoaded, loadLexicon } from '../../storage/lexiconFiles';
import { ownGlossFor, ownGlossIfLoaded } from '../../storage/ownGlosses';
import { useAsync, type AsyncState } from '../common/useAsync';

export interface Gloss {
  readonly result: LookupResult;
  /** The phrase or multi-word name the word belongs to in this sentence, if any. */
  readonly phrase?: PhraseMatch;
  /** That phrase as the sentence writes it (`People’s Bank of China`; the entry is lower case). */
  readonly phraseAsWritten?: string;
  /** Lexicon files that failed to load (the gloss is then possibly incomplete). */
  readonly failures: readonly string[];
  /** The learner's own gloss of this word, if they wrote one. */
  readonly own?: OwnGloss;
}

interface GlossSources {
  readonly lexicon: Lexicon;
  readonly failures: readonly string[];
  readonly own: OwnGloss | undefined;
}

function glossFrom(
  sentence: string,
  wordIndex: number,
  word: string,
  sources: GlossSources,
): Gloss {
  const { lexicon, failures, own } = sources;
  const { input, wordPositions, written, phrases } = sentencePhrases(lexicon, sentence, analyze);
  const position = wordPositions[wordIndex] ?? -1;
  const result = withOwnGloss(
    lookupWord(lexicon, analyze, word, contextAt(input, position)),
    own,
    analyze,
  );
  const phrase = phrases.find((match) => match.start <= position && position < match.end);
  const phraseAsWritten = phrase && written.slice(phrase.start, phrase.end).join(' ');
  return {
    result,
    ...(phrase ? { phrase, phraseAsWritten } : {}),
    failures,
    ...(own ? { own } : {}),
  };
}

export async function glossWord(sentence: string, wordIndex: number, word: string): Promise<Gloss> {
  const [{ lexicon, failures }, own] = await Promise.all([loadLexicon(), ownGlossFor(word)]);
  return glossFrom(sentence, wordIndex, word, { lexicon, failures, own });
}

/** The gloss at once when the lexicon and the own glosses are in memory (the usual case). */
function glossIfReady(sentence: string, wordIndex: number, word: string): Gloss | undefined {
  const loaded = lexiconIfLoaded();
  const own = ownGlossIfLoaded(word);
  return loaded && own && glossFrom(sentence, wordIndex, word, { ...loaded, ...own });
}

/**
 * The gloss of the word at `wordIndex` in `sentence`: computed while rendering when everything it
 * needs is loaded, so the dialog opens with it in one frame; loaded first otherwise. `revision`
 * changes when the learner edits their own gloss, so the dialog looks again.
 */
export function useGloss(
  sentence: string,
  wordIndex: number,
  word: string,
  revision = 0,
): AsyncState<Gloss> {
  const key = `${sentence}\u0000${wordIndex}\u0000${revision}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names everything read here
  const ready = useMemo(() => glossIfReady(sentence, wordIndex, word), [key, word]);
  const loading = useAsync(ready ? undefined : key, () => glossWord(sentence, wordIndex, word));
  return ready ? { status: 'done', value: ready } : loading;
}
