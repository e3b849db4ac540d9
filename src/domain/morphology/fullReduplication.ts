// Full reduplication: a word or its last part written twice (`sama-sama`, `pagsama-samahin`,
// `tumalon-talon`), read as the word written once, which the analyzer then takes apart.
import { isVowelAt, syllableCount } from './phonology';

/**
 * `sama-sama` → sama, `pagsama-samahin` → pagsamahin, `kani-kanilang` → kanilang; the copy is the
 * last two parts of the word (`pang-araw-araw` → pang-araw).
 */
export function withoutFullReduplication(key: string): string | undefined {
  const hyphen = key.lastIndexOf('-');
  if (hyphen <= 0) return undefined;
  const before = key.lastIndexOf('-', hyphen - 1) + 1; // where the copied part starts
  const merged = mergedCopy(key.slice(before, hyphen), key.slice(hyphen + 1));
  return merged === undefined ? undefined : key.slice(0, before) + merged;
}

/** `left` and `right` as one, where `right` repeats `left` (`sama`, `samahin` → samahin). */
function mergedCopy(left: string, right: string): string | undefined {
  if (left === '') return undefined;
  const lefts = [left];
  // `akmang-akma`: a linker between the copies.
  if (left.endsWith('ng') && left.length > 3) lefts.push(left.slice(0, -2), left.slice(0, -1));
  for (const side of lefts) {
    const merged = mergedWith(side, right);
    if (merged !== undefined) return merged;
    // `dati-rati`: the copy's d is written r after a vowel; the root has d.
    if (right.startsWith('r') && side.includes('d')) {
      const restored = mergedWith(side, 'd' + right.slice(1));
      if (restored !== undefined) return restored;
    }
  }
  // `tumalon-talon`, `hinati-hati`, `binalik-balikan`: the first copy carries the verb's infix,
  // the second is the bare root (with the suffix, if any): the word is the first + the suffix.
  const bare = withoutInitialInfix(left);
  // The second copy's d is written r after the vowel: `dinami-rami` is -in- + dami.
  const second = right.startsWith('r') && bare?.startsWith('d') ? 'd' + right.slice(1) : right;
  if (bare !== undefined && syllableCount(bare) >= 2 && second.startsWith(bare))
    return left + second.slice(bare.length);
  return undefined;
}

/** `tumalon` → talon, `hinati` → hati: a word without the -um- or -in- after its first consonant. */
function withoutInitialInfix(word: string): string | undefined {
  if (word.length < 5 || isVowelAt(word, 0) || !isVowelAt(word, 3)) return undefined;
  const infix = word.slice(1, 3);
  return infix === 'um' || infix === 'in' ? word[0] + word.slice(3) : undefined;
}

/** `side` and `right` as one where `right` starts with a copy of the end of `side`. */
function mergedWith(side: string, right: string): string | undefined {
  for (let overlap = Math.min(side.length, right.length); overlap >= 2; overlap--) {
    const tail = side.slice(side.length - overlap);
    const head = right.slice(0, overlap);
    // `anu-ano`: o and u alternate in the copy.
    if (tail === head || tail.replaceAll('u', 'o') === head.replaceAll('u', 'o')) {
      // A copy of part of each side is of two syllables (`pagsama-samahin`): `nangibang-bansa`
      // (go abroad) is no copy of `ban`.
      const partial = overlap !== side.length && overlap !== right.length;
      if (syllableCount(head) < (partial ? 2 : 1)) return undefined;
      return side.slice(0, side.length - overlap) + right;
    }
  }
  return undefined;
}
