import fc from 'fast-check';
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

describe('cloze of a word met at a known place', () => {
  // `start`: where the word met begins in the sentence (as the reader saved it).
  const sentence = 'Sinabi ng guro na kailangan ng tubig ng mga halaman sa Hardin ng Bayan.';
  it.each([
    ['the second “ng”', 'ng', sentence.indexOf('ng tubig'), 'tubig ng mga'],
    ['the third “ng”', 'ng', sentence.indexOf('ng mga'), 'mga halaman'],
    ['the “ng” of a name', 'ng', sentence.indexOf('ng Bayan'), 'Bayan.'],
    ['a word met capitalised, found lower case', 'hardin', sentence.indexOf('Hardin'), 'ng Bayan'],
  ])('blanks %s where it was met', (_name, surface, start, next) => {
    const cloze = clozeOf(sentence, surface, start);
    expect(cloze?.before).toBe(sentence.slice(0, start));
    expect(cloze?.after.trimStart().startsWith(next)).toBe(true);
  });

  it.each([
    ['a place where another word stands', sentence.indexOf('guro')],
    ['a place inside the word', sentence.indexOf('ng tubig') + 1],
    ['a place past the sentence', sentence.length + 4],
    ['a negative place', -1],
  ])('ignores %s and looks for the word instead', (_name, start) => {
    expect(clozeOf(sentence, 'ng', start)?.before).toBe('Sinabi ');
  });
});

describe('cloze of a word met at an unknown place (saved before places were kept)', () => {
  it.each([
    // The same case wins over an earlier capitalised name.
    ['Pumunta ang Bagong Alyansa sa bagong gusali.', 'bagong', 'Pumunta ang Bagong Alyansa sa '],
    ['Bagong gusali ang itinayo ng bagong alkalde.', 'Bagong', ''],
    // Whole words only: “pang” in “pangulo” is no match.
    ['Ang pangulo ay nagsalita pang muli.', 'pang', 'Ang pangulo ay nagsalita '],
    // Else the first in any case, as before.
    ['Mabuhay ang Maynila!', 'maynila', 'Mabuhay ang '],
    ['MABUHAY ang lungsod.', 'Mabuhay', ''],
  ])('in “%s”, blanks “%s” after “%s”', (sentence, surface, before) => {
    expect(clozeOf(sentence, surface)?.before).toBe(before);
  });

  it('gives the word as the sentence writes it', () => {
    expect(clozeOf('Dumating ang Pangulo kahapon.', 'pangulo')?.answer).toBe('Pangulo');
  });
});

describe('cloze, compared with a whole-word search by regular expression', () => {
  // The search the cloze made before (a RegExp per call), with the same case preferred.
  const patterns = new Map<string, RegExp>();
  function byRegExp(sentence: string, surface: string): number | undefined {
    if (!surface) return undefined;
    const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const flags of ['u', 'iu']) {
      const key = `${flags}|${surface}`;
      const pattern =
        patterns.get(key) ??
        new RegExp(`(^|[^\\p{L}\\p{N}'-])(${escaped})(?=$|[^\\p{L}\\p{N}'-])`, flags);
      patterns.set(key, pattern);
      const match = pattern.exec(sentence);
      if (match) return match.index + (match[1] ?? '').length;
    }
    return undefined;
  }
  // Few letters, so words repeat and touch: cases, accents, hyphens, apostrophes, digits, spaces.
  const text = (maxLength: number) =>
    fc
      .array(fc.constantFrom('n', 'g', 'N', 'G', 'á', 'Á', ' ', '-', "'", '.', '1', '’', '😀'), {
        maxLength,
      })
      .map((chars) => chars.join(''));

  it('finds the same place', () => {
    fc.assert(
      fc.property(text(24), text(4), (sentence, surface) => {
        const cloze = clozeOf(sentence, surface);
        const start = byRegExp(sentence, surface);
        expect(cloze && cloze.before.length).toBe(start);
        if (cloze) expect(cloze.before + cloze.answer + cloze.after).toBe(sentence);
      }),
      { numRuns: 300 },
    );
  });
});

describe('cloze cost', () => {
  // Building a Unicode RegExp per call made re-indexing 10,000 words take seconds.
  it('builds no regular expression per call', () => {
    const Original = globalThis.RegExp;
    let built = 0;
    const count = {
      construct: (target: RegExpConstructor, args: unknown[]) => {
        built += 1;
        return Reflect.construct(target, args) as object;
      },
      apply: (target: RegExpConstructor, self: unknown, args: unknown[]) => {
        built += 1;
        return Reflect.apply(target, self, args) as unknown;
      },
    };
    globalThis.RegExp = new Proxy(Original, count);
    try {
      for (const surface of ['isda', 'Isda', 'wala', 'ng', 'a.o']) {
        clozeOf('Isda ang ulam, hindi karne ng baka.', surface);
        clozeOf('Isda ang ulam, hindi karne ng baka.', surface, 4);
      }
    } finally {
      globalThis.RegExp = Original;
    }
    expect(built).toBe(0);
  });
});
