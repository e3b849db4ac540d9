import { describe, expect, it } from 'vitest';
import { clozeOf, isCorrectAnswer } from '../../../src/domain/review/answer';

describe('typed answers', () => {
  it.each([
    ['exact', 'tumakbo', true],
    ['other case', 'Tumakbo', true],
    ['accents typed', 'tumakbó', true],
    ['trailing punctuation and spaces', '  tumakbo! ', true],
    ['the root also counts', 'takbo', true],
    ['a different word', 'lumakad', false],
    ['a typo', 'tumakbp', false],
    ['empty', '', false],
    ['only spaces', '   ', false],
  ])('%s', (_name, typed, expected) => {
    expect(isCorrectAnswer(typed, ['tumakbo', 'takbo'])).toBe(expected);
  });

  it('accepts accents in the expected form too', () => {
    expect(isCorrectAnswer('bata', ['batà'])).toBe(true);
  });
});

describe('cloze', () => {
  it.each([
    ['Kumain ako ng isda.', 'isda', 'Kumain ako ng ', '.'],
    ['Isda ang ulam.', 'isda', '', ' ang ulam.'],
    ["Nag-'ayos siya.", "Nag-'ayos", '', ' siya.'],
  ])('blanks the word in “%s”', (sentence, surface, before, after) => {
    expect(clozeOf(sentence, surface)).toMatchObject({ before, after });
  });

  it.each([
    ['Kumain ako ng isda.', 'isd'],
    ['Kumain ako.', 'isda'],
    ['Kumain ako.', ''],
    ['Kumain ako.', 'a.o'],
  ])('finds no whole word in “%s” for “%s”', (sentence, surface) => {
    expect(clozeOf(sentence, surface)).toBeUndefined();
  });
});
