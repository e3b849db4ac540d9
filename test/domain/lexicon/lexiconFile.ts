// A lexicon file holding the given entries, for tests that build their own.
import type { LexiconEntry, LexiconFile } from '../../../src/domain/lexicon';

export const lexiconFile = (entries: LexiconEntry[]): LexiconFile => ({
  format: 'tulay-lexicon',
  version: 1,
  entries,
});
