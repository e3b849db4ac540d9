/**
 * A spelling key under which a Tagalog loanword and its English source meet. Tagalog writes
 * English `c` as `k` or `s`, `f` as `p`, `v` as `b`, drops doubled letters and puts `e` before
 * `s` + consonant: `kondisyon`/`condition`, `opisyal`/`official`, `estable`/`stable`,
 * `imbestigasyon`/`investigation`. Two words are cognates when their keys share four letters.
 */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^es(?=[ptkcbdgmnlr])/u, 's'],
  [/ph/gu, 'p'],
  [/th/gu, 't'],
  [/ch/gu, 'k'],
  [/qu/gu, 'k'],
  [/c(?=[eiy])/gu, 's'],
  [/c/gu, 'k'],
  [/f/gu, 'p'],
  [/v/gu, 'b'],
  [/z/gu, 's'],
  [/x/gu, 'ks'],
  [/y/gu, 'i'],
  [/m(?=[bp])/gu, 'n'],
  [/(\p{L})\1+/gu, '$1'],
];

/** The evened-out spelling of a lower-case word. */
export function cognateKey(word: string): string {
  return SPELLINGS.reduce(
    (key, [pattern, replacement]) => key.replace(pattern, replacement),
    word.normalize('NFD').replace(/\p{M}/gu, ''),
  );
}

/** The first four letters of the key: what a cognate anchor compares. */
export const cognateStem = (word: string): string => cognateKey(word).slice(0, 4);
