import { describe, expect, it } from 'vitest';
import { nextSchedule } from '../../../src/domain/review/schedule';
import {
  ALL_WORDS,
  canDeleteList,
  countByList,
  createList,
  editWord,
  placeInList,
  queryWords,
  removeFromList,
} from '../../../src/domain/vocab/operations';
import { DEFAULT_LIST_ID, saveWord, type SavedWord } from '../../../src/domain/vocab/savedWord';
import { stageOf } from '../../../src/domain/vocab/stage';
import { context, NOW } from './fixtures';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function word(root: string, sense: string, minutes: number, surface = root): SavedWord {
  return saveWord(undefined, context({ root, surface, sense }), at(minutes));
}

function learned(base: SavedWord, days: number): SavedWord {
  // Answer every direction "Easy" again and again until it is scheduled `days` ahead.
  let schedules = base.schedules;
  let time = NOW.getTime();
  for (const direction of ['recognition', 'recall', 'cloze'] as const) {
    let schedule = schedules[direction];
    while (schedule.scheduledDays < days) {
      schedule = nextSchedule(schedule, 'easy', new Date(time));
      time = Math.max(time, schedule.due);
    }
    schedules = { ...schedules, [direction]: schedule };
  }
  return { ...base, schedules };
}

const bahay = word('bahay', 'house', 1);
const kain = word('kain', 'to eat', 2, 'kumain');
const sayaw = word('sayáw', 'to dance', 3, 'Sumayaw');
const aklat = { ...word('aklat', 'book', 4), lists: ['list-school'] };
const WORDS = [bahay, kain, sayaw, aklat];

describe('queryWords', () => {
  it.each([
    ['empty search: everything, newest first', '', ['aklat', 'sayaw', 'kain', 'bahay']],
    ['Tagalog root', 'bahay', ['bahay']],
    ['Tagalog, any case', 'BAHAY', ['bahay']],
    ['form met, not the root', 'kumain', ['kain']],
    ['ignoring accents in the word', 'sayaw', ['sayaw']],
    ['ignoring accents in the search', 'sayáw', ['sayaw']],
    ['English sense', 'eat', ['kain']],
    ['English, any case', 'BOOK', ['aklat']],
    ['part of a word', 'ay', ['sayaw', 'bahay']],
    ['nothing matches', 'zzz', []],
  ])('search: %s', (_name, search, ids) => {
    expect(queryWords(WORDS, { ...ALL_WORDS, search }).map((found) => found.id)).toEqual(ids);
  });

  it('searches the learner’s notes too', () => {
    const noted = editWord(bahay, { notes: 'Like “balay” in Cebuano' }, NOW);
    expect(queryWords([noted, kain], { ...ALL_WORDS, search: 'cebuano' })).toEqual([noted]);
  });

  it.each([
    [DEFAULT_LIST_ID, ['sayaw', 'kain', 'bahay']],
    ['list-school', ['aklat']],
    ['list-none', []],
  ])('filters by list %s', (listId, ids) => {
    expect(queryWords(WORDS, { ...ALL_WORDS, listId }).map((found) => found.id)).toEqual(ids);
  });

  it('filters by stage and sorts by stage, A–Z and next review', () => {
    const known = learned(kain, 30);
    const words = [bahay, known, sayaw, aklat];
    expect(stageOf(known)).toBe('known');
    expect(stageOf(bahay)).toBe('new');
    expect(queryWords(words, { ...ALL_WORDS, stage: 'known' }).map((found) => found.id)).toEqual([
      'kain',
    ]);
    expect(queryWords(words, { ...ALL_WORDS, stage: 'learning' })).toEqual([]);
    expect(queryWords(words, { ...ALL_WORDS, sort: 'alphabetical' }).map((f) => f.id)).toEqual([
      'aklat',
      'bahay',
      'kain',
      'sayaw',
    ]);
    expect(queryWords(words, { ...ALL_WORDS, sort: 'stage' }).map((f) => f.id)).toEqual([
      'aklat',
      'bahay',
      'sayaw',
      'kain',
    ]);
    expect(queryWords(words, { ...ALL_WORDS, sort: 'due' }).at(-1)!.id).toBe('kain');
  });

  it('counts a word as learning once answered but not yet known', () => {
    const once = {
      ...bahay,
      schedules: {
        ...bahay.schedules,
        recognition: nextSchedule(bahay.schedules.recognition, 'good', NOW),
      },
    };
    expect(stageOf(once)).toBe('learning');
    expect(stageOf(once, ['recall'])).toBe('new');
  });
});

describe('lists', () => {
  it('copies into a list, keeping the others', () => {
    expect(placeInList(bahay, 'list-a', null, NOW).lists).toEqual([DEFAULT_LIST_ID, 'list-a']);
  });
  it('moves from one list to another', () => {
    expect(placeInList(bahay, 'list-a', DEFAULT_LIST_ID, NOW).lists).toEqual(['list-a']);
  });
  it('does not duplicate a list the word is already in', () => {
    expect(placeInList(bahay, DEFAULT_LIST_ID, null, NOW).lists).toEqual([DEFAULT_LIST_ID]);
  });
  it('removes from a list', () => {
    expect(removeFromList(aklat, 'list-school', NOW).lists).toEqual([]);
  });
  it('makes unique ids for lists with the same name', () => {
    const first = createList('Pagkain at Inumin', NOW, []);
    const second = createList('pagkain at inumin', NOW, [first]);
    expect(first.id).toBe('list-pagkain-at-inumin');
    expect(second.id).toBe('list-pagkain-at-inumin-2');
    expect(createList('!!!', NOW, []).id).toBe('list-list');
  });
  it('never deletes the default list', () => {
    expect(canDeleteList(DEFAULT_LIST_ID)).toBe(false);
    expect(canDeleteList('list-a')).toBe(true);
  });
  it('counts words per list', () => {
    expect(countByList(WORDS)).toEqual(
      new Map([
        [DEFAULT_LIST_ID, 3],
        ['list-school', 1],
      ]),
    );
  });
});
