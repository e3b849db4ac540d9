// A reduplicated syllable written before a hyphen: Tagalog aspect copies the first syllable of
// a borrowed root as it sounds and writes the root as spelled after a hyphen (`nagte-text`,
// `nami-miss`, `nagku-concentrate`, `ire-replay`, `nag-e-exist`).
import { codeAt } from './chars';
import { isConsonantAt, isVowelAt } from './phonology';

const C = 99;
const K = 107;
const HYPHEN = 45;

/** The copy and the word without it: `nagte-text` → te- and nag-text; `ba-baboy` → baboy. */
export interface HyphenatedCopy {
  readonly copy: string;
  readonly stem: string;
  /** An infix inside the copy: `pino-post` is -in- + po- + post. */
  readonly infix?: 'in' | 'um';
}

/** Whether the syllable `left[start..start+2)` copies the start of `right` (c sounds k). */
function copiesConsonant(left: string, start: number, right: string): boolean {
  const consonant = codeAt(left, start);
  const first = codeAt(right, 0);
  return isVowelAt(left, start + 1) && (consonant === first || (consonant === K && first === C));
}

/** Whether `left[start..start+3)` copies the two consonants `right` starts with (`sha`, `pra`). */
function copiesOnset(left: string, start: number, right: string): boolean {
  return (
    isConsonantAt(right, 1) &&
    codeAt(left, start + 1) === codeAt(right, 1) &&
    isVowelAt(left, start + 2) &&
    (codeAt(left, start) === codeAt(right, 0) ||
      (codeAt(left, start) === K && codeAt(right, 0) === C))
  );
}

/**
 * The word with the copied syllable before its last hyphen taken off: a vowel copies a root that
 * starts with a vowel, a consonant + any vowel one that starts with that consonant (the copy is
 * spelled as it sounds: `nami-meet`, `maggu-goodbye`), and two consonants + a vowel one that
 * starts with both (`nagsha-shopping`, `magpra-practice`). Undefined when there is no such copy.
 */
export function withoutHyphenatedCopy(word: string): HyphenatedCopy | undefined {
  const hyphen = word.lastIndexOf('-');
  if (hyphen < 1 || hyphen > word.length - 3) return undefined;
  const left = word.slice(0, hyphen);
  const right = word.slice(hyphen + 1);
  let copyLength = 0;
  if (isVowelAt(right, 0)) {
    if (isVowelAt(left, hyphen - 1) && !isVowelAt(left, hyphen - 2)) copyLength = 1;
  } else if (isConsonantAt(right, 0) && hyphen >= 2) {
    if (copiesConsonant(left, hyphen - 2, right)) copyLength = 2;
    else if (hyphen >= 3 && copiesOnset(left, hyphen - 3, right)) copyLength = 3;
  }
  if (copyLength === 0) return withInfixedCopy(left, right);
  let prefix = left.slice(0, hyphen - copyLength);
  // `nag-e-exist`: the prefix had its own hyphen.
  if (prefix.length > 0 && codeAt(prefix, prefix.length - 1) === HYPHEN)
    prefix = prefix.slice(0, -1);
  // A consonant alone is no prefix (i- is): `re-elect` is not r- + e- + elect. Nor is tag- (a
  // season: tag-init) one that takes a copy: `taga-Ormoc`, `taga-gapan` are taga- (from).
  if ((prefix.length === 1 && !isVowelAt(prefix, 0)) || prefix === 'tag') return undefined;
  const copy = left.slice(hyphen - copyLength) + '-';
  return { copy, stem: prefix === '' ? right : prefix + '-' + right };
}

/**
 * `pino-post`, `shine-share`, `tumu-tweet`: the copied syllable with -in- or -um- after its
 * consonants, which copy those the root starts with.
 */
function withInfixedCopy(left: string, right: string): HyphenatedCopy | undefined {
  const hyphen = left.length;
  if (!isVowelAt(left, hyphen - 1)) return undefined;
  const infix = left.slice(hyphen - 3, hyphen - 1);
  if (infix !== 'in' && infix !== 'um') return undefined;
  for (let onset = 1; onset <= 2; onset++) {
    const start = hyphen - 3 - onset;
    if (start < 0 || !isConsonantAt(right, onset - 1)) return undefined;
    // The infix's own vowel stands where the copy's would: the same checks as a plain copy.
    const copies =
      onset === 1 ? copiesConsonant(left, start, right) : copiesOnset(left, start, right);
    if (!copies) continue;
    const prefix = left.slice(0, start);
    // No prefix, or one set apart by its own hyphen; one joined to the copy (`ipino-post`) is not
    // read here.
    if (prefix !== '' && codeAt(prefix, prefix.length - 1) !== HYPHEN) continue;
    const copy = left.slice(start, start + onset) + left[hyphen - 1] + '-';
    return { copy, stem: prefix === '' ? right : prefix + right, infix };
  }
  return undefined;
}
