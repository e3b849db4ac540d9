import { describe, expect, it } from 'vitest';
import { acceptedAnswers, clozeOf, isCorrectAnswer } from '../../../src/domain/review/answer';
import { saveWord } from '../../../src/domain/vocab/savedWord';
import { context, NOW } from '../vocab/fixtures';

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

describe('accepted answers of a card', () => {
  // Saved from “ipinamamahaging” (with its linker) and met again as “ipinamahagi”: the card is
  // for the headword ipamahagi, a word of the root bahagi.
  const first = saveWord(
    undefined,
    context({ surface: 'ipinamamahaging', root: 'bahagi', headword: 'ipamahagí' }),
    NOW,
  );
  const card = saveWord(
    first,
    context({ surface: 'Ipinamahagi', root: 'bahagi', headword: 'ipamahagí', sentenceId: 's2' }),
    NOW,
  );

  it.each([
    ['the headword (dictionary form)', 'ipamahagi', true],
    ['the headword, capitalised with its accent', 'Ipamahagí', true],
    ['the form first met', 'ipinamamahaging', true],
    ['a form met later', 'ipinamahagi', true],
    ['the root', 'bahagi', true],
    ['another form of the root never met', 'mamahagi', false],
    ['another aspect never met', 'ipamamahagi', false],
    ['empty', '', false],
  ])('%s: “%s”', (_name, typed, expected) => {
    expect(isCorrectAnswer(typed, acceptedAnswers(card))).toBe(expected);
  });

  it('lists each form once, the form shown first', () => {
    const answers = acceptedAnswers(saveWord(undefined, context(), NOW));
    expect(answers[0]).toBe('naglalaro');
    expect(new Set(answers).size).toBe(answers.length);
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
