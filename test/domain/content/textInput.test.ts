import { describe, expect, it } from 'vitest';
import { checkTextInput, decodeTextFile, MAX_TEXT_BYTES, MAX_TEXT_WORDS } from '../../../src/domain/content/textInput';

const long = (sentence: string, times: number) => Array.from({ length: times }, () => sentence).join(' ');
const tagalog = long('Umuulan nang malakas sa probinsiya kahapon ng hapon.', 10);
const english = long('It rained hard in the province yesterday afternoon.', 10);

describe('checkTextInput', () => {
  it('accepts a title, Tagalog and a translation of about the same length', () => {
    expect(checkTextInput({ title: 'Ulan', tagalog, english })).toEqual([]);
  });

  it.each([
    ['an empty title', { title: ' ', tagalog, english: '' }, [{ kind: 'empty', field: 'title' }]],
    ['empty Tagalog', { title: 'Ulan', tagalog: '\n\n', english: '' }, [{ kind: 'empty', field: 'tagalog' }]],
    ['huge Tagalog', { title: 'Ulan', tagalog: 'a'.repeat(MAX_TEXT_BYTES + 1), english: '' }, [{ kind: 'too-long', field: 'tagalog', maxWords: MAX_TEXT_WORDS }]],
    ['Tagalog of more words than a text may have', { title: 'Ulan', tagalog: long('Umuulan.', MAX_TEXT_WORDS + 1), english: '' }, [{ kind: 'too-long', field: 'tagalog', maxWords: MAX_TEXT_WORDS }]],
    ['English of more words than a text may have', { title: 'Ulan', tagalog: long('Umuulan.', 10), english: long('Rain.', MAX_TEXT_WORDS + 1) }, [{ kind: 'too-long', field: 'english', maxWords: MAX_TEXT_WORDS }]],
    ['Tagalog of punctuation only', { title: 'x', tagalog: '!!! ... ???', english: '' }, [{ kind: 'no-words', field: 'tagalog' }]],
    ['Tagalog of numbers only', { title: 'x', tagalog: '12345. 678.', english: '' }, [{ kind: 'no-words', field: 'tagalog' }]],
    ['binary pasted as English', { title: 'Ulan', tagalog, english: 'PK\u0003\u0004\u0000\u0000\u0014\u0000' }, [{ kind: 'binary', field: 'english' }, { kind: 'mismatch', ratio: expect.any(Number) }]],
    ['a translation far too short', { title: 'Ulan', tagalog, english: 'Rain.' }, [{ kind: 'mismatch', ratio: expect.any(Number) }]],
  ])('reports %s', (_name, input, expected) => {
    expect(checkTextInput(input)).toEqual(expected);
  });

  it('accepts a text of as many words as a text may have, and one word with numbers', () => {
    expect(checkTextInput({ title: 'Ulan', tagalog: long('Umuulan.', MAX_TEXT_WORDS), english: '' })).toEqual([]);
    expect(checkTextInput({ title: 'x', tagalog: '12345 na piso.', english: '' })).toEqual([]);
  });
});

describe('decodeTextFile', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['UTF-8', utf8('Magandang umaga, Ginang Cruz!'), 'Magandang umaga, Ginang Cruz!'],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Salamat po.')]), 'Salamat po.'],
    ['UTF-16 with a BOM', new Uint8Array([0xff, 0xfe, ...[...'Oo'].flatMap((c) => [c.charCodeAt(0), 0])]), 'Oo'],
  ])('decodes %s', (_name, bytes, text) => {
    expect(decodeTextFile(bytes)).toEqual({ ok: true, text });
  });

  it.each([
    ['Latin-1 (not UTF-8)', new Uint8Array([0x4e, 0x69, 0xf1, 0x6f]), 'encoding'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00]), 'binary'],
    ['a file over the limit', new Uint8Array(MAX_TEXT_BYTES + 1), 'too-large'],
  ])('refuses %s', (_name, bytes, reason) => {
    expect(decodeTextFile(bytes)).toEqual({ ok: false, reason });
  });
});
