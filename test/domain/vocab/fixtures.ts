import type { BackupData } from '../../../src/domain/vocab/backupFormat';
import type { WordContext } from '../../../src/domain/vocab/wordContext';

export const NOW = new Date('2026-03-02T09:00:00');

export function context(overrides: Partial<WordContext> = {}): WordContext {
  const root = overrides.root ?? 'laro';
  return {
    surface: 'Naglalaro',
    word: 'Naglalaro',
    root,
    headword: root,
    sense: 'to play',
    pos: 'verb',
    sentenceTl: 'Naglalaro ang mga bata sa plasa.',
    sentenceEn: 'The children are playing in the square.',
    textId: 'kuwento',
    sentenceId: 's1',
    ...overrides,
  };
}

/** A backup with nothing in it, to spread what a test needs into. */
export const EMPTY_BACKUP: BackupData = {
  words: [],
  lists: [],
  known: [],
  settings: null,
  reviewLog: [],
  texts: [],
  glosses: [],
};
