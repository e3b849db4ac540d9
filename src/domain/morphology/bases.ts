// Whole-word pieces: the forms a word is analyzed as once spelling variants, contractions, `'t` and
// `'y`, full reduplication and the linker are taken off it. The engine then looks for affixes in
// each form.
import { withoutLinker } from '../lexicon/normalize';
import {
  AY_WITHOUT_APOSTROPHE,
  CLITIC_HOSTS,
  CONTRACTED_WORDS,
  DROPPED_INITIAL,
  ENCLITICS,
  LINKERS,
  REDUPLICATIONS,
} from './affixes';
import type { AffixUse } from './analysis';
import { extend, pieceOf, type Chain } from './chain';
import { codeAt, endsWith } from './chars';
import { INFIX_PIECES } from './engine';
import { withoutFullReduplication } from './fullReduplication';
import { withoutHyphenatedCopy } from './hyphenCopy';
import { isVowelAt, syllableCount } from './phonology';
import { respellings } from './spelling';

/** A form to analyze further, with the whole-word pieces already taken off it. */
export interface Base {
  readonly stem: string;
  readonly chain: Chain | undefined;
  readonly cost: number;
  /** Whether the engine looks for affixes in it (not in plain respellings like `ganoon`). */
  readonly analyze: boolean;
}

/**
 * Adds `stem` reached from `from`, or keeps the cheaper way to it (never replacing the word), and
 * returns the base kept for it.
 */
function addBase(
  bases: Base[],
  stem: string,
  use: AffixUse | undefined,
  cost: number,
  from: Base,
  analyze = true,
): Base {
  const chain = use ? extend(from.chain, use) : from.chain;
  const total = from.cost + cost;
  let existing = 0;
  while (existing < bases.length && bases[existing]!.stem !== stem) existing++;
  if (existing === bases.length) bases.push({ stem, chain, cost: total, analyze });
  else if (existing > 0 && bases[existing]!.cost > total)
    bases[existing] = { stem, chain, cost: total, analyze };
  return bases[existing]!;
}

function addRespellings(bases: Base[], word: string, from: Base): void {
  const respelled = respellings(word);
  for (let index = 0; index < respelled.length; index++) {
    const { stem, cost, analyze } = respelled[index]!;
    addBase(bases, stem, undefined, cost, from, analyze);
  }
}

const CONTRACTED_LENGTH = Math.max(...[...CONTRACTED_WORDS.keys()].map((word) => word.length));
const CLITIC_PIECES = ENCLITICS.map((clitic) => pieceOf(clitic, clitic.forms[0]!));
const AY_INDEX = ENCLITICS.findIndex((clitic) => clitic.forms[0] === "'y");
const CLITIC_AY = CLITIC_PIECES[AY_INDEX]!;
const CLITIC_AY_COST = ENCLITICS[AY_INDEX]!.cost;
// 'y without its apostrophe is a slip of typing: read a little behind 'y written with it.
const NO_APOSTROPHE_COST = 0.5;
const DROPPED_N_COST = 0.8;
const APOSTROPHE = pieceOf(DROPPED_INITIAL, "'");
const LINKER_AFTER_N = pieceOf(LINKERS.afterN, '-g');
const LINKER_AFTER_VOWEL = pieceOf(LINKERS.afterVowel, '-ng');

/** Adds the full word `base` is a contraction of (`'di` → hindi), and returns it. */
function addContracted(bases: Base[], base: Base): string | undefined {
  const stem = base.stem;
  const contracted = stem.length <= CONTRACTED_LENGTH ? CONTRACTED_WORDS.get(stem) : undefined;
  if (contracted) addBase(bases, contracted, pieceOf(DROPPED_INITIAL, stem), -2, base);
  return contracted;
}

/**
 * `ano'ng`, `sino'ng` → ano, sino + -ng: the linker set apart by an apostrophe (not `nu'ng`,
 * noong, whose apostrophe stands for a dropped syllable).
 */
function addApostropheLinker(bases: Base[], base: Base): void {
  const stem = base.stem;
  if (!stem.endsWith("'ng")) return;
  const host = stem.slice(0, -3);
  // A host in u is `-on` written short (`ganu'ng`, ganoong), like `nu'ng`.
  if (syllableCount(host) >= 2 && isVowelAt(host, host.length - 1) && !host.endsWith('u'))
    addBase(bases, host, LINKER_AFTER_VOWEL, LINKERS.afterVowel.cost, base);
}

/**
 * `taon-taong` → taon + -g: where the second copy is the first + the linker, the first is the
 * root written whole, so the linker is read off it (not `tao` + -ng).
 */
function addLinkerAfterCopy(bases: Base[], stem: string, right: string, copied: Base): void {
  const hyphen = stem.length - right.length - 1;
  const left = stem.slice(stem.lastIndexOf('-', hyphen - 1) + 1, hyphen);
  const linker = right.length - left.length;
  if ((linker !== 1 && linker !== 2) || !right.startsWith(left)) return;
  const afterN = linker === 1 && left.endsWith('n') && right.endsWith('g');
  const afterVowel = linker === 2 && isVowelAt(left, left.length - 1) && right.endsWith('ng');
  if (!afterN && !afterVowel) return;
  const root = copied.stem.slice(0, copied.stem.length - linker);
  const def = afterN ? LINKERS.afterN : LINKERS.afterVowel;
  addBase(bases, root, afterN ? LINKER_AFTER_N : LINKER_AFTER_VOWEL, def.cost - 0.5, copied);
}

/** `nagte-text` → nag-text (te- is the aspect's copy of the root's first syllable). */
function addHyphenatedCopy(bases: Base[], base: Base): void {
  if (!base.stem.includes('-')) return;
  const found = withoutHyphenatedCopy(base.stem);
  if (!found) return;
  const use = pieceOf(REDUPLICATIONS.syllable, found.copy);
  const infix = found.infix && INFIX_PIECES.get(found.infix);
  // The infix is the outer piece: `pino-post` is -in- on po-post.
  const from = infix
    ? { ...base, chain: extend(base.chain, infix.use), cost: base.cost + infix.cost }
    : base;
  addBase(bases, found.stem, use, REDUPLICATIONS.syllable.cost, from);
}

// The bases as a pass over them began: a pass goes over those, not over the bases it adds nor the
// cheaper ways to a base it finds. Reused from word to word instead of a copy per pass.
const passed: Base[] = [];

/** Starts a pass over `bases` from `start`: copies them into `passed` and returns how many. */
function beginPass(bases: readonly Base[], start: number): number {
  const count = bases.length - start;
  for (let index = 0; index < count; index++) passed[index] = bases[start + index]!;
  return count;
}

/**
 * The forms `key` is analyzed as: the word itself first, then the word with whole-word pieces
 * taken off (respellings, contractions, enclitics, full reduplication, the linker), each with the
 * pieces and what they cost.
 */
export function basesOf(key: string): Base[] {
  const bases: Base[] = [{ stem: key, chain: undefined, cost: 0, analyze: true }];
  const word = bases[0]!;
  // Leading hyphen of a split word: `-anyos`, `-'y`.
  if (key.length > 1 && codeAt(key, 0) === 45) addBase(bases, key.slice(1), undefined, -0.5, word);
  addRespellings(bases, key, word);
  // A word that had punctuation or a hyphen around it is respelled in turn.
  let count = beginPass(bases, 1);
  for (let index = 0; index < count; index++) {
    const base = passed[index]!;
    if (base.analyze) addRespellings(bases, base.stem, base);
  }
  count = beginPass(bases, 0);
  for (let index = 0; index < count; index++) {
    const base = passed[index]!;
    const stem = base.stem;
    const length = stem.length;
    const contracted = addContracted(bases, base);
    for (let clitic = 0; clitic < CLITIC_PIECES.length; clitic++) {
      const piece = CLITIC_PIECES[clitic]!;
      if (length > piece.form.length + 1 && endsWith(stem, length, piece.form)) {
        const host = stem.slice(0, -piece.form.length);
        // `kanya'y` → kanya + 'y → kaniya.
        const hosted = addBase(bases, host, piece, ENCLITICS[clitic]!.cost, base);
        addContracted(bases, hosted);
        const fuller = CLITIC_HOSTS.get(host);
        if (fuller) addBase(bases, fuller, undefined, -1, hosted);
        // `halama'y`, `kaibiga'y`: a host's final n dropped before 'y, as verse and formal prose
        // write it; behind the host as written (`bata'y` is bata).
        else if (piece === CLITIC_AY && isVowelAt(host, host.length - 1) && syllableCount(host) > 1)
          addBase(bases, host + 'n', undefined, DROPPED_N_COST, hosted);
      }
    }
    // `akoy`, `umanoy`: 'y written on a pronoun (or umano) without its apostrophe.
    if (length > 3 && codeAt(stem, length - 1) === 121 /* y */) {
      const host = stem.slice(0, -1);
      if (AY_WITHOUT_APOSTROPHE.has(host))
        addBase(bases, host, CLITIC_AY, CLITIC_AY_COST + NO_APOSTROPHE_COST, base);
    }
    // `'yung` → iyung, `'to` → ito.
    if (length > 2 && codeAt(stem, 0) === 39 && !contracted) {
      const restored = 'i' + stem.slice(1);
      addBase(bases, restored, APOSTROPHE, -1.5, base);
      addBase(bases, 'a' + stem.slice(1), APOSTROPHE, -1, base);
      const respelled = respellings(restored);
      for (let other = 0; other < respelled.length; other++) {
        const { stem: respelledStem, cost, analyze } = respelled[other]!;
        addBase(bases, respelledStem, APOSTROPHE, cost - 1.5, base, analyze);
      }
    }
  }
  count = beginPass(bases, 0);
  for (let index = 0; index < count; index++) {
    const base = passed[index]!;
    const merged = base.stem.includes('-') ? withoutFullReduplication(base.stem) : undefined;
    if (merged) {
      const right = base.stem.slice(base.stem.lastIndexOf('-') + 1);
      const use = pieceOf(REDUPLICATIONS.full, '-' + right);
      // `konting-konti` → konti → kaunti.
      const copied = addBase(bases, merged, use, REDUPLICATIONS.full.cost, base);
      addContracted(bases, copied);
      addLinkerAfterCopy(bases, base.stem, right, copied);
    }
    // A copied syllable before the hyphen is read too where the word reads as a full copy:
    // `nagcha-chat` is nag- + cha- + chat.
    addHyphenatedCopy(bases, base);
  }
  // `nu'ng` (noong) is written -ung with the dropped syllable marked.
  const writtenUng = key.endsWith('ung') || key.endsWith("u'ng");
  const ngCopied = bothCopiesEndInNg(key);
  count = beginPass(bases, 0);
  for (let at = 0; at < count; at++) {
    const base = passed[at]!;
    if (!endsWith(base.stem, base.stem.length, 'ng')) continue; // no linker to take off
    addApostropheLinker(bases, base);
    const stems = withoutLinker(base.stem);
    for (let index = 0; index < stems.length; index++) {
      const stem = stems[index]!;
      if (stem.endsWith("'")) continue;
      const afterN = index > 0 || !isVowelAt(stem, stem.length - 1);
      const linker = afterN ? LINKERS.afterN : LINKERS.afterVowel;
      const use = afterN ? LINKER_AFTER_N : LINKER_AFTER_VOWEL;
      // Words seldom end in u: `-ung` is mostly `-on` + -g written with u (`'yung` ← iyon), also
      // once respelled (`iyung` → iyong is iyon + -g, not iyo + -ng).
      const unlikely =
        (!afterN && (stem.endsWith('u') || writtenUng) ? 0.3 : 0) +
        (ngCopied && base.chain?.use.id === REDUPLICATIONS.full.id ? COPIED_NG_COST : 0);
      const linked = addBase(bases, stem, use, linker.cost + unlikely, base);
      // `ganung` → ganun + -g → ganoon.
      const respelled = respellings(stem);
      for (let other = 0; other < respelled.length; other++) {
        const { stem: respelledStem, cost, analyze } = respelled[other]!;
        if (!analyze) addBase(bases, respelledStem, undefined, cost, linked, false);
      }
      // `kanyang` → kanya + -ng → kaniya.
      addContracted(bases, linked);
    }
  }
  return bases;
}

// `alang-alang` (consideration; `isinasaalang-alang`), `kagalang-galang`: where both copies end in
// ng, the ng is mostly the root's, as the linker goes on the last copy only (`kahanga-hangang`).
// Not always: `libong-libong` is libo + -ng twice.
const COPIED_NG_COST = 0.6;

/** Whether the last two parts of a hyphenated `key` both end in ng. */
function bothCopiesEndInNg(key: string): boolean {
  const hyphen = key.lastIndexOf('-');
  return hyphen > 2 && key.endsWith('ng') && key.startsWith('ng', hyphen - 2);
}
