// Sounds and spelling of Tagalog roots, as the engine needs them: vowels, syllables, the first
// consonant (`ng` is one letter), reduplicated syllables and how plausible a root looks.

const VOWEL = new Uint8Array(128);
for (const letter of 'aeiou') VOWEL[letter.charCodeAt(0)] = 1;
const LETTER = new Uint8Array(128);
for (const letter of 'abcdefghijklmnopqrstuvwxyz') LETTER[letter.charCodeAt(0)] = 1;

export function isVowelAt(word: string, index: number): boolean {
  const code = word.charCodeAt(index);
  return code < 128 && VOWEL[code] === 1;
}

export function isConsonantAt(word: string, index: number): boolean {
  const code = word.charCodeAt(index);
  return code < 128 && LETTER[code] === 1 && VOWEL[code] === 0;
}

/** Syllables = vowels (`aaral` has three: a-a-ral; `iyon` two). */
export function syllableCount(word: string): number {
  let count = 0;
  for (let index = 0; index < word.length; index++) if (isVowelAt(word, index)) count++;
  return count;
}

/** Length of the first consonant: 2 for `ng` before a vowel, 1 for others, 0 before a vowel. */
export function onsetLength(word: string): number {
  if (!isConsonantAt(word, 0)) return 0;
  if (word.charCodeAt(0) === 110 && word.charCodeAt(1) === 103 && isVowelAt(word, 2)) return 2;
  return 1;
}

// Consonant pairs that begin borrowed roots (`trabaho`, `plano`, `kwento`, `tsismis`).
const CLUSTERS = new Set([
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
  if (stem.length < 4) return 0;
  if (isVowelAt(stem, 0)) return stem.charCodeAt(1) === stem.charCodeAt(0) ? 1 : 0;
  const onset = onsetLength(stem);
  if (onset === 2) return repeatsFirst3(stem) ? 3 : 0;
  if (!isVowelAt(stem, 1)) {
    // A borrowed cluster copied whole: `prapraktis`.
    return isVowelAt(stem, 2) && repeatsFirst3(stem) ? 3 : 0;
  }
  const first = stem.charCodeAt(0);
  const third = stem.charCodeAt(2);
  if (third !== first && !(first === 100 && third === 114)) return 0;
  if (stem.charCodeAt(3) === stem.charCodeAt(1)) return 2;
  // `tatrabaho`: the copy has only the first consonant of a cluster.
  if (third === first && isConsonantAt(stem, 3) && stem.charCodeAt(4) === stem.charCodeAt(1))
    return 2;
  return 0;
}

// The same pairs as a table by char codes (both letters are ASCII consonants when looked up).
const CLUSTER = new Uint8Array(128 * 128);
for (const pair of CLUSTERS) CLUSTER[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)] = 1;

/** Whether the first three letters are written twice: `ngangiti`, `prapraktis`. */
function repeatsFirst3(stem: string): boolean {
  return (
    stem.length >= 6 &&
    stem.charCodeAt(3) === stem.charCodeAt(0) &&
    stem.charCodeAt(4) === stem.charCodeAt(1) &&
    stem.charCodeAt(5) === stem.charCodeAt(2)
  );
}

const SYLLABLE_COST = [0, 0, 0, 0.2, 0.5, 1.2, 2];

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
  if (isConsonantAt(root, 0) && isConsonantAt(root, 1)) {
    const first = root.charCodeAt(0);
    const second = root.charCodeAt(1);
    if (first === 110 && second === 103) {
      if (!isVowelAt(root, 2)) return Infinity;
    } else if (CLUSTER[first * 128 + second] !== 1 || !isVowelAt(root, 2)) {
      if (!relaxed) return Infinity;
    } else clusterCost = 0.8;
  }
  // One pass for the syllables and the letters (a hyphen only inside a long root).
  let syllables = 0;
  for (let index = 0; index < length; index++) {
    const code = root.charCodeAt(index);
    if (code < 128 && LETTER[code] === 1) syllables += VOWEL[code]!;
    else if (!relaxed && (code !== 45 || index < 4 || index > length - 3)) return Infinity;
  }
  if (syllables === 0 || (syllables < 2 && !hyphenated && !relaxed)) return Infinity;
  let cost = SYLLABLE_COST[Math.min(syllables, SYLLABLE_COST.length - 1)]!;
  if (syllables > 6) cost += syllables - 6;
  cost += clusterCost;
  if (!relaxed && redupLength(root) > 0) cost += 0.8;
  // Native roots do not end in h: `basah` is basa + -hin, not basah + -in.
  if (!relaxed && root.charCodeAt(root.length - 1) === 104) cost += 1;
  return cost;
}
