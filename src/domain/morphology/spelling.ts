// Other ways a word is written: informal and older spellings the analyzer reads back to the
// standard form before looking for affixes. Each variant costs a little, so the word as written
// stays first when it is a plausible root.
import { codeAt } from './chars';
import { isConsonantAt, isVowelAt, isVowelCode } from './phonology';

const CLITIC_END = /'[ty]$/;
// Char codes of letters the rules below look for.
const G = 103;
const N = 110;
const S = 115;
const U = 117;
const W = 119;
const Y = 121;
const EDGE_PUNCTUATION = new Uint8Array(128);
for (const mark of `()[]"'.,;:!?/*`) EDGE_PUNCTUATION[mark.charCodeAt(0)] = 1;
const isEdgePunctuation = (code: number): boolean => code < 128 && EDGE_PUNCTUATION[code] === 1;

// Letters some rule below looks for (a rule that looks for another must add it here, or to the
// checks in `hasRespellingCue`). Most words have none of them, nor a final s, nor u as their last
// vowel: they have no other spelling, and one pass over them tells so.
const CUES = new Uint8Array(128);
for (const cue of "ywe'") CUES[cue.charCodeAt(0)] = 1;
const NO_RESPELLINGS: readonly Respelling[] = Object.freeze([]);

/** Whether some rule may respell `word` (never false when one does). */
function hasRespellingCue(word: string): boolean {
  const length = word.length;
  let lastVowel = 0;
  for (let index = 0; index < length; index++) {
    const code = codeAt(word, index);
    if (code >= 128 || CUES[code] === 1) return true;
    if (isVowelCode(code)) lastVowel = code;
  }
  return lastVowel === U || (length > 0 && codeAt(word, length - 1) === S);
}

export interface Respelling {
  readonly stem: string;
  readonly cost: number;
  /** Whether the respelled word may still carry affixes (`kanyang` → kaniyang → kaniya + -ng). */
  readonly analyze: boolean;
}

/**
 * `kanya` → kaniya, `pwede` → puwede (a glide after a consonant is written with its vowel);
 * `nu'ng` → noong, `n'yo` → ninyo (a dropped syllable); `ganun` → ganoon; `lalake` → lalaki;
 * `kelan` → kailan; `points` → point (an English plural).
 */
export function respellings(word: string): readonly Respelling[] {
  // Punctuation left on the word: `(mula`, `event'`.
  const length = word.length;
  let start = 0;
  let end = length;
  while (start < end && isEdgePunctuation(codeAt(word, start))) start++;
  while (end > start && isEdgePunctuation(codeAt(word, end - 1))) end--;
  if (start > 0 || end < length) {
    const out: Respelling[] = [];
    if (end > start) add(out, word, word.slice(start, end), 0.1, true);
    return out;
  }
  if (!hasRespellingCue(word)) return NO_RESPELLINGS;
  const out: Respelling[] = [];
  // Consonant + y/w + vowel: the standard spelling writes the vowel (`kaniya`, `puwede`).
  let glides = '';
  let copied = 0;
  for (let index = 0; index < length - 2; index++) {
    const glide = codeAt(word, index + 1);
    if (
      (glide === Y || glide === W) &&
      isConsonantAt(word, index) &&
      isVowelAt(word, index + 2) &&
      !(codeAt(word, index) === G && index > 0 && codeAt(word, index - 1) === N)
    ) {
      glides += word.slice(copied, index + 1) + (glide === Y ? 'i' : 'u');
      copied = index + 1;
    }
  }
  if (copied > 0) add(out, word, glides + word.slice(copied), 1.2, true);
  // An apostrophe for a dropped syllable: `nu'ng` → noong, `du'n` → doon, `gano'n` → ganoon,
  // `n'yo` → ninyo.
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0 && apostrophe < word.length - 1 && !CLITIC_END.test(word)) {
    const before = word[apostrophe - 1];
    const after = word.slice(apostrophe + 1);
    if (before === 'u') add(out, word, word.slice(0, apostrophe - 1) + 'oo' + after, 0.3, true);
    else if (before === 'o' && after === 'n')
      add(out, word, word.slice(0, apostrophe) + 'o' + after, 0.3, true);
    else if (before === 'n') add(out, word, word.slice(0, apostrophe) + 'in' + after, 0.5, true);
  }
  // Last syllable: u for o (`ganun` → ganoon, `iyun` → iyon), e for i (`lalake` → lalaki).
  const last = lastVowel(word);
  const vowel = last > 0 ? codeAt(word, last) : 0;
  if (vowel === 117 /* u */ || vowel === 101 /* e */) {
    const before = word.slice(0, last);
    const after = word.slice(last + 1);
    // Analyzed further, with the affixes still on, where the spelling is informal Tagalog rather
    // than a foreign word (`Malibu`, `Biden`, `miles`): u for o between consonants (`natulug` →
    // natulog ← tulog), e for i at the end or after a vowel (`sinabe` → sinabi, `kumaen` → kumain).
    if (vowel === 117) {
      const between = after !== '' && isConsonantAt(word, last - 1);
      add(out, word, before + 'o' + after, 0.6, between);
      if (after === 'n') add(out, word, before + 'oo' + after, 0.7);
    } else add(out, word, before + 'i' + after, 0.8, after === '' || isVowelAt(word, last - 1));
  }
  // e for ai/ay: `kelan` → kailan, `kesa` → kaysa, `me` → may.
  const e = word.indexOf('e');
  if (e > 0 && e === word.lastIndexOf('e') && isConsonantAt(word, e - 1)) {
    const after = word.slice(e + 1);
    // `okey` → okay, `sey` → say.
    if (after === 'y') add(out, word, word.slice(0, e) + 'ay', 0.8);
    else {
      add(
        out,
        word,
        word.slice(0, e) + (after === '' || isConsonantAt(word, e + 1) ? 'ay' : 'ai') + after,
        1,
      );
      if (isConsonantAt(word, e + 1)) add(out, word, word.slice(0, e) + 'ai' + after, 1.1);
    }
  }
  // A dropped initial i: `yun` → iyun (→ iyon), `yan` → iyan.
  if (word.startsWith('y') && isVowelAt(word, 1)) add(out, word, 'i' + word, 0.8, true);
  // An English plural: Tagalog words do not end in a consonant + s. Its singular is the lemma,
  // read before the word as written (`tickets` → ticket).
  if (
    word.length > 3 &&
    word.endsWith('s') &&
    isConsonantAt(word, word.length - 2) &&
    word[word.length - 2] !== 's'
  )
    add(out, word, word.slice(0, -1), -0.2);
  // An English possessive: `women's` → women, `user's` → user (no Tagalog word ends so), behind
  // the word as written, which annotators keep as its own lemma.
  if (word.length > 3 && word.endsWith("'s")) add(out, word, word.slice(0, -2), 0.5);
  // English -es and -ed: `cases` → case, `abused` → abuse, `passed` → pass; -ies: `cities` → city.
  // Four letters in -es too (`fees` → fee, `uses` → use), not -ed (`feed`, `need`).
  if (word.length === 4 && word.endsWith('es')) add(out, word, word.slice(0, -1), 0.9);
  if (word.length > 4 && (word.endsWith('es') || word.endsWith('ed'))) {
    add(out, word, word.slice(0, -1), 0.9);
    add(out, word, word.slice(0, -2), 1);
    if (word.endsWith('ies')) add(out, word, word.slice(0, -3) + 'y', 0.9);
  }
  // An English agent noun: `designer` → design (Tagalog words seldom end in -er).
  if (word.length > 6 && word.endsWith('er') && isConsonantAt(word, word.length - 3))
    add(out, word, word.slice(0, -2), 1.2);
  return out;
}

function add(out: Respelling[], word: string, stem: string, cost: number, analyze = false): void {
  if (stem === word) return;
  for (let index = 0; index < out.length; index++) if (out[index]!.stem === stem) return;
  out.push({ stem, cost, analyze });
}

function lastVowel(word: string): number {
  for (let index = word.length - 1; index >= 0; index--)
    if (isVowelCode(codeAt(word, index))) return index;
  return -1;
}
