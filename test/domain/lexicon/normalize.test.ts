import { describe, expect, it } from 'vitest';
import { lexiconKey, withoutLinker } from '../../../src/domain/lexicon';

describe('lexiconKey', () => {
  it.each([
    ['Bása', 'basa'],
    ['basà', 'basa'],
    ['People’s', "people's"],
    ['iba’t', "iba't"],
    ['  Tubig ', 'tubig'],
    ['pag‑unlad', 'pag-unlad'],
    // invisible format characters: a soft hyphen, a zero-width space, a byte-order mark
    ['pagka\u00adkaisa', 'pagkakaisa'],
    ['bayan\u200b', 'bayan'],
    ['\ufeffNayon', 'nayon'],
    // Plain ASCII words take a shorter way; these check it agrees with the full normalization.
    ['Maynila', 'maynila'],
    ['JD.com', 'jd.com'],
    ["KANYA'Y", "kanya'y"],
    ['iba`t', "iba't"],
    ['\tbago\n', 'bago'],
    ['', ''],
  ])('%s → %s', (word, key) => expect(lexiconKey(word)).toBe(key));
});

describe('withoutLinker', () => {
  it.each([
    ['magkakasamang', ['magkakasama', 'magkakasaman']],
    ['noong', ['noo', 'noon']],
    ['bagong', ['bago', 'bagon']],
    ['kanilang', ['kanila', 'kanilan']],
    ['aling', ['ali', 'alin']],
    ['bang', ['ba', 'ban']],
    ['ang', []],
    ['malalim', []],
    ['sarling', ['sarli', 'sarlin']],
  ])('%s → %j', (word, forms) => expect(withoutLinker(word)).toEqual(forms));
});
