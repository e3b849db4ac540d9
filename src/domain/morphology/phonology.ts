// Sounds and spelling of Tagalog roots, as the engine needs them: vowels, syllables, the first
// consonant (`ng` is one letter), reduplicated syllables and how plausible a root looks.
import { codeAt } from './chars';

// The sound of each char code: a table as long as a char code goes, so that loops over a word read
// it without a range check (`isVowelAt` and `isConsonantAt` check, for indices past the word).
const NOT_A_LETTER = 0;
const CONSONANT = 1;
const VOWEL = 2;
const SOUND = new Uint8Array(65536);
for (const letter of 'abcdefghijklmnopqrstuvwxyz')
  SOUND[letter.charCodeAt(0)] = 'aeiou'.includes(letter) ? VOWEL : CONSONANT;

/** Whether the letter of char code `code` is a vowel. */
export const isVowelCode = (code: number): boolean => SOUND[code] === VOWEL;

/** Whether the letter at `index` is a vowel (false past either end of `word`). */
export function isVowelAt(word: string, index: number): boolean {
  return index >= 0 && index < word.length && SOUND[codeAt(word, index)] === VOWEL;
}

/** Whether the letter at `index` is a consonant (false past either end of `word`). */
export function isConsonantAt(word: string, index: number): boolean {
  return index >= 0 && index < word.length && SOUND[codeAt(word, index)] === CONSONANT;
}

/** Syllables = vowels (`aaral` has three: a-a-ral; `iyon` two). */
export function syllableCount(word: string): number {
  let count = 0;
  const length = word.length;
  for (let index = 0; index < length; index++) if (SOUND[codeAt(word, index)] === VOWEL) count++;
  return count;
}

/** Whether `word` has one syllable: stops at a second vowel, which most stems reach early. */
export function isMonosyllable(word: string): boolean {
  let count = 0;
  const length = word.length;
  for (let index = 0; index < length; index++)
    if (SOUND[codeAt(word, index)] === VOWEL && ++count > 1) return false;
  return count === 1;
}

/** Length of the first consonant: 2 for `ng` before a vowel, 1 for others, 0 before a vowel. */
export function onsetLength(word: string): number {
  if (!isConsonantAt(word, 0)) return 0;
  if (word.length > 2 && codeAt(word, 0) === 110 && codeAt(word, 1) === 103 && isVowelAt(word, 2))
    return 2;
  return 1;
}

// Consonant pairs that begin borrowed roots (`trabaho`, `plano`, `kwento`, `tsismis`), English
// ones too (`nagcheck`, `ishare`, `fly`).
const CLUSTERS = new Set([
  'ch',
  'sh',
  'th',
  'cl',
  'cr',
  'fl',
  'fr',
  'sm',
  'sn',
  'bl',
  'br',
  'dr',
  'dy',
  'gr',
  'gl',
  'kl',
  'kr',
  'kw',
  'ky',
  'pl',
  'pr',
  'py',
  'sw',
  'sy',
  'tr',
  'ts',
  'ty',
  'bw',
  'by',
  'gw',
  'my',
  'ny',
  'sk',
  'sp',
  'st',
  'sl',
  'sm',
  'sn',
  'fl',
  'fr',
  'pw',
  'dw',
  'lw',
  'hw',
  'mw',
  'nw',
  'ly',
  'ry',
  'ph',
  'th',
  'sh',
  'ch',
  'ng',
]);

/**
 * The length of the reduplicated first syllable of `stem`, or 0: `kakain` → 2 (ka-), `aaral` → 1,
 * `ngangiti` → 3, `tatrabaho` → 2 (ta- before tr-), `darating` → 2 (d becomes r in the copy).
 */
export function redupLength(stem: string): number {
  const length = stem.length;
  if (length < 4) return 0;
  // Most stems fail at once: a copy repeats the first letter in one of the next three (below).
  const first = codeAt(stem, 0);
  const second = codeAt(stem, 1);
  const third = codeAt(stem, 2);
  if (
    third !== first &&
    second !== first &&
    codeAt(stem, 3) !== first &&
    !(first === 100 && third === 114)
  )
    return 0;
  if (isVowelAt(stem, 0)) return second === first ? 1 : 0;
  const onset = onsetLength(stem);
  if (onset === 2) return repeatsFirst3(stem) ? 3 : 0;
  if (!isVowelAt(stem, 1)) {
    // A borrowed cluster copied whole: `prapraktis`.
    return isVowelAt(stem, 2) && repeatsFirst3(stem) ? 3 : 0;
  }
  if (third !== first && !(first === 100 && third === 114)) return 0;
  const fourth = codeAt(stem, 3);
  if (fourth === second) return 2;
  // `tatrabaho`: the copy has only the first consonant of a cluster.
  if (third === first && isConsonantAt(stem, 3) && length > 4 && codeAt(stem, 4) === second)
    return 2;
  // A glide after the first consonant (`biyahe`, `byahe`, `kuwento`, `kwento`): the copy takes the
  // glide's vowel (`pipyesta`, `kukwento`) or, as spoken, an a after it (`babiyahe`; not o, as a
  // root may itself start so: `sosiyo`).
  if (third === first && length > 4) {
    if (isGlideVowel(second, fourth) && isVowelAt(stem, 4)) return 2;
    if (second === 97 && length > 5 && isGlideVowel(fourth, codeAt(stem, 4)))
      return codeAt(stem, 5) === 97 ? 2 : 0;
  }
  return 0;
}

/**
 * The length of a first syllable copied with o for u or u for o, as informal writing has it
 * (`nanunood` for nanonood, `sumosuporta` for sumusuporta): 2, or 0. Only a consonant and its
 * vowel; asked only where the letters as written are no copy (see `redupLength`).
 */
export function otherVowelCopyLength(stem: string): number {
  if (stem.length < 5) return 0;
  const first = codeAt(stem, 0);
  if (codeAt(stem, 2) !== first || isVowelCode(first)) return 0;
  const copied = codeAt(stem, 1);
  const original = codeAt(stem, 3);
  return (copied === 111 && original === 117) || (copied === 117 && original === 111) ? 2 : 0;
}

/** Whether char codes `vowel`, `glide` are i, y or u, w (the glide written with its vowel). */
const isGlideVowel = (vowel: number, glide: number): boolean =>
  (vowel === 105 && glide === 121) || (vowel === 117 && glide === 119);

// The same pairs as a table by char codes (both letters are ASCII consonants when looked up).
const CLUSTER = new Uint8Array(128 * 128);
for (const pair of CLUSTERS) CLUSTER[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)] = 1;

/** Whether the letters of char codes `first` and `second` begin borrowed roots (`pr`, `kl`). */
export function isCluster(first: number, second: number): boolean {
  return first < 128 && second < 128 && CLUSTER[first * 128 + second] === 1;
}

/** Whether the first three letters are written twice: `ngangiti`, `prapraktis`. */
function repeatsFirst3(stem: string): boolean {
  return (
    stem.length >= 6 &&
    codeAt(stem, 3) === codeAt(stem, 0) &&
    codeAt(stem, 4) === codeAt(stem, 1) &&
    codeAt(stem, 5) === codeAt(stem, 2)
  );
}

const SYLLABLE_COST = [0, 0, 0, 0.2, 0.5, 1.2, 2];

/** What a root that starts like a copied syllable costs (`babala` looks like ba- + bala). */
export const LOOKS_COPIED_COST = 0.8;

// English onsets that no Tagalog word starts with: s + a stop (+ r, l or w), thr, shr, chr, sch, squ,
// sph, phr, dw, tw, and wr, kn, gh, wh with their silent letter.
const ENGLISH_ONSET = /^(?:s[ckpt][rlw]?|[cst]hr|sch|squ|sph|phr|[dt]w|wr|kn|[gw]h)[aeiou]/;

// What a one-syllable English root written without a hyphen costs on top of its syllables.
const ENGLISH_MONOSYLLABLE_COST = 1.5;
// Letters only English (and Spanish) spellings use, and endings no Tagalog root has.
const ENGLISH_LETTERS = /[cfjqvxz]/;
const ENGLISH_ENDINGS =
  /(?:st|sh|ch|th|ck|ft|ct|pt|sk|sp|rt|rd|rk|rm|rn|lk|ll|ss|nt|nd|nk|mp|ld|lt|ly|lp|gn|wn|ht)$/;

/** Whether a one-syllable root is spelled like an English word (`post`, `text`, `chat`). */
const looksEnglish = (root: string): boolean =>
  ENGLISH_LETTERS.test(root) || ENGLISH_ENDINGS.test(root);

/**
 * Whether the letter at `index` is a y standing for a vowel, as in English roots written after a
 * hyphen (`i-type`, `na-try`, `i-sync`): after a consonant, and not before a vowel (`dyip` has a
 * glide).
 */
function isYVowelAt(root: string, index: number): boolean {
  return (
    codeAt(root, index) === 121 &&
    index > 0 &&
    isConsonantAt(root, index - 1) &&
    !isVowelAt(root, index + 1)
  );
}

/**
 * How many letters at the start of a root `rootCost` looks at one by one (the onset, and a
 * reduplicated first syllable in `redupLength`); past them it only counts letters and vowels and
 * looks at the last letter. Roots longer than this that differ in one vowel past it cost the same.
 */
export const ROOT_COST_LOOKS_AT = 6;

/**
 * How implausible `root` is as a Tagalog root (0 = fine, Infinity = impossible): roots have two
 * syllables or more (one after a hyphen: `nag-text`; any number for whole words, `relaxed`),
 * rarely more than three, start with at most one consonant or a borrowed cluster, contain only
 * letters, and do not start with a reduplicated syllable (that is aspect, not root).
 */
export function rootCost(root: string, hyphenated: boolean, relaxed = false): number {
  const length = root.length;
  if (length < 2 && !relaxed) return Infinity;
  // The onset first: it rules out most impossible roots without a pass over the letters.
  let clusterCost = 0;
  if (isConsonantAt(root, 0) && isConsonantAt(root, 1) && !(hyphenated && isYVowelAt(root, 1))) {
    const first = codeAt(root, 0);
    const second = codeAt(root, 1);
    if (first === 110 && second === 103) {
      if (!isVowelAt(root, 2)) return Infinity;
    } else if (
      CLUSTER[first * 128 + second] !== 1 ||
      !(isVowelAt(root, 2) || (hyphenated && isYVowelAt(root, 2)))
    ) {
      // English roots keep their onsets: `na-stress`, `na-scam`, and without the hyphen
      // (`nagscroll`, `nagstream`); no Tagalog root starts so. A whole word read as it is
      // (`relaxed`) pays nothing for its onset.
      if ((hyphenated || !relaxed) && ENGLISH_ONSET.test(root)) clusterCost = 1.2;
      else if (!relaxed) return Infinity;
    } else clusterCost = 0.8;
  }
  // One pass for the syllables and the letters (a hyphen only inside a long root).
  let syllables = 0;
  for (let index = 0; index < length; index++) {
    const sound = SOUND[codeAt(root, index)];
    if (sound === VOWEL || (hyphenated && isYVowelAt(root, index))) syllables++;
    else if (sound === NOT_A_LETTER && !relaxed) {
      if (codeAt(root, index) !== 45 || index < 4 || index > length - 3) return Infinity;
    }
  }
  if (syllables === 0) return Infinity;
  let cost = SYLLABLE_COST[Math.min(syllables, SYLLABLE_COST.length - 1)]!;
  // One syllable without a hyphen: only an English root written as is (`pinost`, `tinext`,
  // `nagshare`, `nagplay`), known by its spelling or its first two consonants; never a native root.
  if (syllables < 2 && !hyphenated && !relaxed) {
    if (clusterCost === 0 && !looksEnglish(root)) return Infinity;
    cost += ENGLISH_MONOSYLLABLE_COST;
  }
  if (syllables > 6) cost += syllables - 6;
  cost += clusterCost;
  if (!relaxed && redupLength(root) > 0) cost += LOOKS_COPIED_COST;
  // Native roots do not end in h: `basah` is basa + -hin, not basah + -in.
  const last = codeAt(root, length - 1);
  if (!relaxed && last === 104) cost += 1;
  // Nor, past three letters, in aa, ii or uu (`bataa` is bata + -an's a, as in kabataang; but
  // `paa`), while oo ends some (`totoo`).
  if (
    !relaxed &&
    length > 3 &&
    last !== 111 &&
    last === codeAt(root, length - 2) &&
    SOUND[last] === VOWEL
  )
    cost += 1;
  return cost;
}
