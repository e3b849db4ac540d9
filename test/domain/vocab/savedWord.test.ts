import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  DEFAULT_LIST_ID,
  displayForm,
  SavedWordSchema,
  saveWord,
  wordId,
} from '../../../src/domain/vocab/savedWord';
import { context, NOW } from './fixtures';

const later = new Date(NOW.getTime() + 3_600_000);

describe('saveWord', () => {
  it('makes a valid card keyed by the root, in the default list, every direction new', () => {
    const word = saveWord(undefined, context(), NOW);
    expect(v.safeParse(SavedWordSchema, word).success).toBe(true);
    expect(word).toMatchObject({ id: 'laro', root: 'laro', sense: 'to play', notes: '' });
    expect(word.lists).toEqual([DEFAULT_LIST_ID]);
    expect(Object.values(word.schedules).map((schedule) => schedule.phase)).toEqual([
      'new',
      'new',
      'new',
    ]);
    expect(word.contexts[0]).toMatchObject({ surface: 'Naglalaro', textId: 'kuwento' });
  });

  it.each([
    ['another sentence adds a context', { sentenceId: 's9' }, 2],
    ['another text adds a context', { textId: 'balita' }, 2],
    ['another form in the same sentence adds a context', { surface: 'maglaro' }, 2],
    ['the same sentence again adds nothing', {}, 1],
  ])('%s', (_name, overrides, contexts) => {
    const first = saveWord(undefined, context(), NOW);
    const second = saveWord(first, context(overrides), later);
    expect(second.id).toBe(first.id);
    expect(second.contexts).toHaveLength(contexts);
    expect(second.schedules).toEqual(first.schedules);
  });

  it('keys a derived word apart from its root: two words of one root are two cards', () => {
    const fast = saveWord(undefined, context({ root: 'bilis', headword: 'mabilis' }), NOW);
    const speedUp = context({ root: 'bilis', headword: 'pabilisin', surface: 'pinabilis' });
    expect(fast.id).toBe('mabilis');
    expect(fast.root).toBe('bilis');
    expect(saveWord(undefined, speedUp, later).id).toBe('pabilisin');
  });

  it('keeps the learner’s sense and adds the list when saved again from another list', () => {
    const first = { ...saveWord(undefined, context(), NOW), sense: 'play (my words)' };
    const second = saveWord(first, context({ sense: 'game' }), later, 'list-sports');
    expect(second.sense).toBe('play (my words)');
    expect(second.lists).toEqual([DEFAULT_LIST_ID, 'list-sports']);
  });

  it.each([
    ['Laro', 'laro'],
    ['báhay', 'bahay'],
    ['  Kain ', 'kain'],
    ["pag-'ibig", "pag-'ibig"],
  ])('files %s under %s', (root, id) => {
    expect(wordId(root)).toBe(id);
  });
});

describe('displayForm', () => {
  it.each([
    ['a word met first in its sentence, in lower case', {}, 'naglalaro'],
    ['after an opening quote too', { sentenceTl: '“Naglalaro ang mga bata.”' }, 'naglalaro'],
    [
      'a word met inside its sentence, as written',
      { sentenceTl: 'Ang bata ay Naglalaro.' },
      'Naglalaro',
    ],
    [
      'a name at the start, with its capital',
      { surface: 'Pineda', pos: 'name', sentenceTl: 'Pineda ang apelyido niya.' },
      'Pineda',
    ],
    [
      'letters in capitals, as written',
      { surface: 'BSP', pos: 'noun', sentenceTl: 'BSP ang nagpasya.' },
      'BSP',
    ],
    [
      'a name of several words, as written',
      {
        surface: 'People’s Bank of China',
        pos: 'phrase',
        sentenceTl: 'People’s Bank of China ang nagsimula.',
      },
      'People’s Bank of China',
    ],
  ])('shows %s', (_name, overrides, shown) => {
    expect(displayForm(saveWord(undefined, context(overrides), NOW))).toBe(shown);
  });

  it('shows the root of a card with no sentence', () => {
    expect(displayForm({ ...saveWord(undefined, context(), NOW), contexts: [] })).toBe('laro');
  });
});
