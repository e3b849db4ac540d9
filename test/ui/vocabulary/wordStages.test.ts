import { clear, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Text } from '../../../src/domain/content';
import { vocabularyRepository } from '../../../src/storage/vocabularyRepository';
import { markKey, stagesOfText } from '../../../src/ui/vocabulary/wordStages';
import { context } from '../../domain/vocab/fixtures';

// Words 0–5: Nagbayad siya sa pamamagitan ng tseke.
const SENTENCE = 'Nagbayad siya sa pamamagitan ng tseke.';

const text: Text = {
  format: 'tulay-text',
  version: 1,
  id: 'mine-1',
  language: 'tl',
  titleTl: 'Bayad',
  titleEn: 'Payment',
  source: 'added-by-you',
  level: 'beginner',
  paragraphs: [{ id: 'p1', sentences: [{ id: 's1', text: SENTENCE }] }],
};

const savePhrase = () =>
  vocabularyRepository().saveWord(
    context({
      surface: 'sa pamamagitan ng',
      word: 'sa pamamagitan ng',
      root: 'sa pamamagitan ng',
      headword: 'sa pamamagitan ng',
      pos: 'phrase',
      sentenceTl: SENTENCE,
      textId: 'mine-1',
    }),
    new Date(),
  );

beforeEach(() => clear(createStore('tulay-vocabulary', 'records')));

describe('stagesOfText', () => {
  it('marks each word of a saved phrase, and no word outside it', async () => {
    await savePhrase();
    const { marks } = await stagesOfText(text);
    expect([2, 3, 4].map((index) => marks.get(markKey('s1', index)))).toEqual([
      'new',
      'new',
      'new',
    ]);
    expect([0, 1, 5].map((index) => marks.get(markKey('s1', index)))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('leaves a word saved on its own with its own mark inside a saved phrase', async () => {
    await savePhrase();
    await vocabularyRepository().markKnown('ng', new Date());
    const { marks } = await stagesOfText(text);
    expect(marks.get(markKey('s1', 4))).toBe('known');
    expect(marks.get(markKey('s1', 3))).toBe('new');
  });
});
