import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, wordsOf } from '../../../src/domain/text/tokenize';

const words = (sentence: string) => wordsOf(sentence);
const kinds = (sentence: string) =>
  tokenize(sentence)
    .filter((token) => token.kind !== 'space')
    .map((token) => `${token.kind}:${token.text}`);

describe('tokenize', () => {
  it.each([
    ['Pumunta kami sa palengke.', ['Pumunta', 'kami', 'sa', 'palengke']],
    // hyphenated words stay whole
    [
      'Ang pag-asa ng mag-aaral ay nasa pag-unlad.',
      ['Ang', 'pag-asa', 'ng', 'mag-aaral', 'ay', 'nasa', 'pag-unlad'],
    ],
    [
      'Araw-araw siyang nag-e-exercise sa SM-Megamall.',
      ['Araw-araw', 'siyang', 'nag-e-exercise', 'sa', 'SM-Megamall'],
    ],
    ['Ito ang ika-10 at ika-3 taon.', ['Ito', 'ang', 'ika-10', 'at', 'ika-3', 'taon']],
    // apostrophes: possessive, contractions, leading dropped syllables
    ['Nasa Children’s Hospital daw.', ['Nasa', 'Children’s', 'Hospital', 'daw']],
    [
      "Sari't saring gulay at tayo'y masaya.",
      ["Sari't", 'saring', 'gulay', 'at', "tayo'y", 'masaya'],
    ],
    ['‘Wag mong kunin ‘yan, ‘di ba?', ['‘Wag', 'mong', 'kunin', '‘yan', '‘di', 'ba']],
    // abbreviations, initials and domain-like names
    [
      'Dumating si Gng. Reyes at Sen. Tan.',
      ['Dumating', 'si', 'Gng.', 'Reyes', 'at', 'Sen.', 'Tan'],
    ],
    // titles, ranks and place words of Philippine news keep their stop too
    [
      'Nagsalita si Kap. Reyes at P/Supt. Lim sa Mt. Apo, Sta. Rosa.',
      [
        'Nagsalita',
        'si',
        'Kap.',
        'Reyes',
        'at',
        'P',
        'Supt.',
        'Lim',
        'sa',
        'Mt.',
        'Apo',
        'Sta.',
        'Rosa',
      ],
    ],
    [
      'Bumisita siya sa U.K. at sa Shopee.ph kahapon.',
      ['Bumisita', 'siya', 'sa', 'U.K.', 'at', 'sa', 'Shopee.ph', 'kahapon'],
    ],
    ['Mabilis ang 5G sa Cebu.', ['Mabilis', 'ang', '5G', 'sa', 'Cebu']],
    // a soft hyphen or a zero-width space inside a word, as web pages carry them
    ['Ang pagka\u00adkakaisa ng baya\u200bn.', ['Ang', 'pagka\u00adkakaisa', 'ng', 'baya\u200bn']],
    // a missing space after a full stop does not glue two sentences' words
    ['Umalis siya.Bumalik siya.', ['Umalis', 'siya', 'Bumalik', 'siya']],
  ])('%s', (sentence, expected) => {
    expect(words(sentence)).toEqual(expected);
  });

  it.each([
    ['P2.5 milyon', ['number:P2.5', 'word:milyon']],
    ['₱1,200.50 lang', ['number:₱1,200.50', 'word:lang']],
    ['iskor na 24-17', ['word:iskor', 'word:na', 'number:24-17']],
    [
      'noong Hunyo 12, 1898.',
      ['word:noong', 'word:Hunyo', 'number:12', 'punctuation:,', 'number:1898', 'punctuation:.'],
    ],
    ['tumaas ng 4.5%', ['word:tumaas', 'word:ng', 'number:4.5%']],
    [
      '“Oo…” sabi niya',
      ['punctuation:“', 'word:Oo', 'punctuation:…', 'punctuation:”', 'word:sabi', 'word:niya'],
    ],
    ['Teka... ano?', ['word:Teka', 'punctuation:...', 'word:ano', 'punctuation:?']],
    // thousands, millions, billions; a letter other than K, M, B makes a word (`4G`)
    ['mga 3.7M katao', ['word:mga', 'number:3.7M', 'word:katao']],
    ['pondong P4B at 20K', ['word:pondong', 'number:P4B', 'word:at', 'number:20K']],
    ['sa 4G at 3D', ['word:sa', 'word:4G', 'word:at', 'word:3D']],
    // the hour told in digits after alas- is one word
    ['alas-9:45 ng gabi', ['word:alas-9:45', 'word:ng', 'word:gabi']],
  ])('numbers and punctuation: %s', (sentence, expected) => {
    expect(kinds(sentence)).toEqual(expected);
  });

  it.each([
    [
      'Basahin sa https://www.rappler.com/balita/123 ngayon.',
      [
        'word:Basahin',
        'word:sa',
        'link:https://www.rappler.com/balita/123',
        'word:ngayon',
        'punctuation:.',
      ],
    ],
    [
      'Bisitahin ang www.gov.ph, o tumawag.',
      [
        'word:Bisitahin',
        'word:ang',
        'link:www.gov.ph',
        'punctuation:,',
        'word:o',
        'word:tumawag',
        'punctuation:.',
      ],
    ],
    [
      'Sumulat sa balita@tagapagbalita.ph (Lunes).',
      [
        'word:Sumulat',
        'word:sa',
        'link:balita@tagapagbalita.ph',
        'punctuation:(',
        'word:Lunes',
        'punctuation:)',
        'punctuation:.',
      ],
    ],
  ])(
    'a web address or an e-mail address is one link, no word to gloss: %s',
    (sentence, expected) => {
      expect(kinds(sentence)).toEqual(expected);
    },
  );

  it('files words under their lexicon key', () => {
    const [token] = tokenize('Bása’t');
    expect(token).toMatchObject({
      kind: 'word',
      normalized: "basa't",
      contraction: { host: 'basa', clitic: 'at' },
    });
  });

  it('does not take an opening quote for a dropped syllable', () => {
    expect(kinds('‘Maganda’ raw')).toEqual([
      'punctuation:‘',
      'word:Maganda',
      'punctuation:’',
      'word:raw',
    ]);
  });

  it('gives back the sentence exactly, with offsets that cover it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const tokens = tokenize(text);
        expect(tokens.map((token) => token.text).join('')).toBe(text);
        let offset = 0;
        for (const token of tokens) {
          expect(token.start).toBe(offset);
          expect(token.end).toBe(offset + token.text.length);
          offset = token.end;
        }
      }),
    );
  });
});
