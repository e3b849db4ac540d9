import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDueQueue, type ReviewItem } from '../../../src/domain/review/queue';
import { DIRECTIONS, type Direction } from '../../../src/domain/review/schedule';
import { justAnsweredIn } from '../../../src/domain/review/siblings';
import { NOW } from '../vocab/fixtures';

const ALL = { newPerDay: 1000, directions: [...DIRECTIONS] };

/** Cards written "word:direction", due a minute apart in the order given (or new, in that order). */
function cards(list: string, isNew: boolean): ReviewItem[] {
  return list
    .split(' ')
    .filter((card) => card !== '')
    .map((card, index) => {
      const [wordId = '', direction = 'recognition'] = card.split(':') as [string, Direction];
      return { wordId, direction, due: NOW.getTime() - (1000 - index) * 60_000, isNew };
    });
}

function order(due: string, fresh: string, justAnswered?: string, settings = ALL): string {
  const candidates = {
    due: cards(due, false),
    dueTotal: cards(due, false).length,
    fresh: cards(fresh, true),
    nextDueAfterNow: null,
  };
  return buildDueQueue(candidates, settings, 0, NOW, justAnswered)
    .items.map((item) => `${item.wordId}:${item.direction}`)
    .join(' ');
}

describe("a word's cards are spread apart", () => {
  it.each([
    [
      'four new words: first cards, then second cards, then third',
      '',
      'a:recognition a:recall a:cloze b:recognition b:recall b:cloze c:recognition c:recall c:cloze d:recognition d:recall d:cloze',
      undefined,
      'a:recognition b:recognition c:recognition d:recognition a:recall b:recall c:recall d:recall a:cloze b:cloze c:cloze d:cloze',
    ],
    [
      'due cards of one word, with another word due between',
      'a:recognition a:recall b:recognition',
      '',
      undefined,
      'a:recognition b:recognition a:recall',
    ],
    [
      'a later round keeps the order the words first came in',
      'a:recognition b:recognition b:recall a:recall',
      '',
      undefined,
      'a:recognition b:recognition a:recall b:recall',
    ],
    [
      'different words keep the due order',
      'c:recall a:recognition b:cloze',
      '',
      undefined,
      'c:recall a:recognition b:cloze',
    ],
    ['due cards before new ones', 'b:recall', 'a:recognition', undefined, 'b:recall a:recognition'],
    [
      'one word alone: its cards in order',
      'a:recognition a:recall',
      'a:cloze',
      undefined,
      'a:recognition a:recall a:cloze',
    ],
    [
      'a due card waits behind a new card rather than follow its sibling',
      'a:recognition a:recall',
      'b:recognition b:recall',
      undefined,
      'a:recognition b:recognition a:recall b:recall',
    ],
    [
      "a new card of a word already due goes after the other new words' first cards",
      'b:recognition a:recognition',
      'a:recall c:recognition',
      undefined,
      'b:recognition a:recognition c:recognition a:recall',
    ],
    [
      "one word's cards may meet once no other word is left",
      'a:recognition a:recall a:cloze b:recognition',
      '',
      undefined,
      'a:recognition b:recognition a:recall a:cloze',
    ],
    [
      "the word just answered goes after the other words' due cards",
      'a:recognition b:recognition c:recognition',
      '',
      'a',
      'b:recognition c:recognition a:recognition',
    ],
    [
      'the word just answered waits behind a new card',
      'a:recall',
      'b:recognition',
      'a',
      'b:recognition a:recall',
    ],
    ['the word just answered comes back if nothing else is left', 'a:recall', '', 'a', 'a:recall'],
  ])('%s', (_name, due, fresh, justAnswered, expected) => {
    expect(order(due, fresh, justAnswered)).toBe(expected);
  });

  it('offers the same new cards as before: the limit counts in introduction order', () => {
    const fresh = 'a:recognition a:recall a:cloze b:recognition b:recall b:cloze';
    expect(order('', fresh, undefined, { ...ALL, newPerDay: 4 })).toBe(
      'a:recognition b:recognition a:recall a:cloze',
    );
  });

  it('never puts two cards of one word in a row while another word has a card left', () => {
    const card = fc.record({
      wordId: fc.constantFrom('a', 'b', 'c', 'd'),
      direction: fc.constantFrom(...DIRECTIONS),
    });
    const unique = (list: Array<{ wordId: string; direction: Direction }>) =>
      list
        .filter(
          (item, index) =>
            list.findIndex((o) => o.wordId === item.wordId && o.direction === item.direction) ===
            index,
        )
        .map((item) => `${item.wordId}:${item.direction}`);
    fc.assert(
      fc.property(
        fc.array(card, { maxLength: 12 }),
        fc.nat(12),
        fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined }),
        (list, split, justAnswered) => {
          const all = unique(list);
          const due = all.slice(0, split);
          const fresh = all.slice(split);
          const result = order(due.join(' '), fresh.join(' '), justAnswered).split(' ');
          const shown = result.filter((item) => item !== '');
          expect([...shown].sort()).toEqual([...all].sort());
          const words = shown.map((item) => item.split(':')[0]);
          words.forEach((word, index) => {
            const previous = index === 0 ? justAnswered : words[index - 1];
            if (word === previous) {
              expect(words.slice(index).every((later) => later === word)).toBe(true);
            }
          });
        },
      ),
    );
  });
});

describe('the word just answered, from the log (a session read again after a reload)', () => {
  const minutesAgo = (minutes: number) => NOW.getTime() - minutes * 60_000;
  const answer = (wordId: string, minutes: number) => ({ wordId, reviewedAt: minutesAgo(minutes) });
  it.each([
    ['nothing answered today', [], undefined],
    ['the last answer, seconds ago', [answer('a', 3), answer('b', 0.1)], 'b'],
    ['the latest, whatever the order given', [answer('b', 0.1), answer('a', 3)], 'b'],
    ['an answer a few minutes ago', [answer('a', 20), answer('c', 4)], 'c'],
    [
      'no answer long ago: the learner has been away',
      [answer('a', 20), answer('c', 45)],
      undefined,
    ],
  ])('%s', (_name, log, word) => {
    expect(justAnsweredIn(log, NOW)).toBe(word);
  });
});
