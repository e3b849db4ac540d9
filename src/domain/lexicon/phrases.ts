import type { Analysis } from '../morphology/analysis';
import type { LexiconEntry } from './entry';
import type { Lexicon, PhraseForm } from './lexicon';
import { keptPerLexicon } from './keptPerLexicon';
import type { Analyze } from './lookup';
import { lexiconKey, withoutLinker } from './normalize';

/** A multi-word entry found in a sentence: word positions `start` to `end` (exclusive). */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly entry: LexiconEntry;
}

/** `null` stands for punctuation that a phrase cannot run across (a comma, a full stop). */
export type PhraseInput = readonly (string | null)[];

const MIN_INFLECTED_LENGTH = 4;

// Spellings of several words by the best root of their first word, so `nagbibilang ng poste` is
// found from `magbilang`.
const formsByFirstRoot = keptPerLexicon((lexicon, analyze) => {
  const index = new Map<string, PhraseForm[]>();
  for (const form of lexicon.phraseForms()) {
    const first = form.words[0] ?? '';
    const root = first.length >= MIN_INFLECTED_LENGTH ? analyze(first)[0]?.root : undefined;
    if (root) index.set(root, [...(index.get(root) ?? []), form]);
  }
  return index;
});

/**
 * Whether a phrase's word may be met with the linker on it (`iba't ibang`). A particle of one
 * syllable written with the linker is a word of its own, no form of the phrase's: `iba pang
 * institusyon` (other institutions) is no `at iba pa` (and so on), `wala nang pera` (no money left)
 * no `wala na` (gone).
 */
const isMetWithLinker = (phraseWord: string): boolean => phraseWord.length > 2;

function wordMatches(written: string, phraseWord: string, analyze: Analyze | undefined): boolean {
  if (written === phraseWord) return true;
  if (isMetWithLinker(phraseWord) && withoutLinker(written).includes(phraseWord)) return true;
  if (!analyze || phraseWord.length < MIN_INFLECTED_LENGTH || written.length < MIN_INFLECTED_LENGTH)
    return false;
  return isAspectOf(analyze(written)[0], analyze(phraseWord)[0]);
}

/**
 * Whether `written` is the phrase's verb in another aspect (`magbilang`, `nagbibilang ng poste`):
 * the same root and focus, both verbs. Another word of the root is another word: `pagsama-samahin
 * ang` (combine the…) is no `kasama ang` (together with).
 */
function isAspectOf(written: Analysis | undefined, phraseWord: Analysis | undefined): boolean {
  return (
    written !== undefined &&
    phraseWord !== undefined &&
    written.aspect !== undefined &&
    phraseWord.aspect !== undefined &&
    written.focus === phraseWord.focus &&
    written.root === phraseWord.root
  );
}

/**
 * Phrases and multi-word names in a sentence, longest match first, not overlapping. The linker
 * may be on any word (`iba't ibang`), and content words may be inflected when `analyze` is given.
 */
export function findPhrases(
  lexicon: Lexicon,
  words: PhraseInput,
  analyze?: Analyze,
): PhraseMatch[] {
  const keys = words.map((word) => (word === null ? null : lexiconKey(word)));
  const matches: PhraseMatch[] = [];
  let position = 0;
  while (position < keys.length) {
    const first = keys[position];
    let best: PhraseMatch | undefined;
    if (first != null) {
      const candidates = new Set(
        [first, ...withoutLinker(first)].flatMap((key) => lexicon.phrasesStartingWith(key)),
      );
      if (analyze && first.length >= MIN_INFLECTED_LENGTH) {
        const root = analyze(first)[0]?.root;
        for (const form of (root && formsByFirstRoot(lexicon, analyze).get(root)) || [])
          candidates.add(form);
      }
      for (const { entry, words: phraseWords } of candidates) {
        const end = position + phraseWords.length;
        if (end > keys.length || (best && best.end >= end)) continue;
        const fits = phraseWords.every((phraseWord, offset) => {
          const written = keys[position + offset];
          return written != null && wordMatches(written, phraseWord, analyze);
        });
        if (fits) best = { start: position, end, entry };
      }
    }
    if (best) {
      matches.push(best);
      position = best.end;
    } else {
      position += 1;
    }
  }
  return matches;
}
