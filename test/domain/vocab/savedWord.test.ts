import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { makeBackup, parseBackup } from '../../../src/domain/vocab/backupFormat';
import {
  DEFAULT_LIST_ID,
  displayForm,
  SavedWordSchema,
  saveWord,
  wordId,
} from '../../../src/domain/vocab/savedWord';
import { surfaceStart } from '../../../src/domain/vocab/wordContext';
import { context, NOW, EMPTY_BACKUP } from './fixtures';

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

describe('where a word was met in its sentence', () => {
  // Counted as the reader counts words: numbers, punctuation and spaces are not words; a
  // contraction (`iba’t`) and an abbreviation with its full stop (`Dr.`) are one word each.
  it.each([
    [
      'Noong 2020, 3 sa 5 na bata ang nag-aral ng Ingles at ng Math.',
      'ng',
      9,
      (sentence: string) => sentence.indexOf('ng Math'),
    ],
    [
      'Iba’t iba ang mga bata’t matanda.',
      'iba',
      1,
      (sentence: string) => sentence.indexOf(' iba') + 1,
    ],
    [
      'Si Dr. Reyes ay doktor ni Gng. Santos at ni Dr. Cruz.',
      'ni',
      9,
      (sentence: string) => sentence.lastIndexOf('ni '),
    ],
    // A phrase, from its first word; in its dictionary form, where the sentence capitalises it.
    [
      'Ayon sa Bangko Sentral ng Pilipinas, tumaas ang presyo.',
      'Bangko Sentral ng Pilipinas',
      2,
      () => 8,
    ],
    ['Sa pamamagitan ng tulong nila, natapos ito.', 'sa pamamagitan ng', 0, () => 0],
  ])('in “%s”, “%s” (word %i) begins where it is written', (sentence, surface, wordIndex, at) => {
    expect(surfaceStart(sentence, surface, wordIndex)).toBe(at(sentence));
  });

  it.each([
    ['another word stands there', 'Kumain ang bata.', 'bata', 0],
    ['the sentence has fewer words', 'Kumain ang bata.', 'bata', 3],
    ['no word is given', 'Kumain ang bata.', 'bata', -1],
  ])('is unknown where %s', (_name, sentence, surface, wordIndex) => {
    expect(surfaceStart(sentence, surface, wordIndex)).toBeUndefined();
  });

  const sentenceTl = 'Tinawag ng guro ang bata ng kapitbahay.';
  const met = context({ surface: 'ng', word: 'ng', root: 'ng', sentenceTl, start: 25 });

  it('is kept with the sentence, and checked as a place in it', () => {
    const word = saveWord(undefined, met, NOW);
    expect(word.contexts[0]?.start).toBe(25);
    expect(v.safeParse(SavedWordSchema, word).success).toBe(true);
    for (const start of [-1, 2.5, '25', null]) {
      const damaged = { ...word, contexts: [{ ...word.contexts[0], start }] };
      expect(v.safeParse(SavedWordSchema, damaged).success).toBe(false);
    }
  });

  it('may be missing: words saved before it was kept are still valid', () => {
    const { start: _start, ...before } = saveWord(undefined, met, NOW).contexts[0]!;
    const word = { ...saveWord(undefined, met, NOW), contexts: [before] };
    expect(v.safeParse(SavedWordSchema, word).success).toBe(true);
  });

  it('is added to a sentence saved before without it, when the word is saved there again', () => {
    const { start: _start, ...before } = saveWord(undefined, met, NOW).contexts[0]!;
    const word = { ...saveWord(undefined, met, NOW), contexts: [before] };
    const again = saveWord(word, met, later);
    expect(again.contexts).toHaveLength(1);
    expect(again.contexts[0]).toMatchObject({ start: 25, savedAt: NOW.getTime() });
  });

  it('travels in a backup, and a backup with a damaged one is refused', () => {
    const word = saveWord(undefined, met, NOW);
    const data = { ...EMPTY_BACKUP, words: [word] };
    const parsed = parseBackup(JSON.parse(JSON.stringify(makeBackup(data, NOW))));
    expect(parsed.ok && parsed.backup.data.words[0]?.contexts[0]?.start).toBe(25);
    const damaged = {
      ...data,
      words: [{ ...word, contexts: [{ ...word.contexts[0], start: -3 }] }],
    };
    expect(parseBackup(makeBackup(damaged as typeof data, NOW)).ok).toBe(false);
  });
});
