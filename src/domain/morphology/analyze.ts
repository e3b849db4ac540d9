// The analyzer: every plausible reading of a word as root + affixes, best first, without a
// lexicon. Whole-word pieces (spelling variants, contractions, `'t`/`'y`, the linker, full
// reduplication) are taken off here; the engine strips prefixes, infixes, reduplication and
// suffixes by the affix tables.
import { lexiconKey, withoutLinker } from '../lexicon/normalize';
import {
  ACTOR_FOCUS,
  ALSO_FILED_UNDER,
  CLITIC_HOSTS,
  CONTRACTED_WORDS,
  DROPPED_INITIAL,
  ENCLITICS,
  FILED_UNDER,
  isLexicalized,
  LEXICALIZED_GAIN,
  LINKERS,
  N_ROOTS_BEFORE_LINKER,
  PARTICLE_COST,
  PARTICLES,
  REDUPLICATIONS,
} from './affixes';
import type { AffixUse, Analysis } from './analysis';
import { extend, hasKind, pieceOf, Reached, type Chain } from './chain';
import { codeAt, endsWith } from './chars';
import { Engine, INFIX_PIECES } from './engine';
import { withoutHyphenatedCopy } from './hyphenCopy';
import { Memo } from './memo';
import { addPaWords } from './paWords';
import { isVowelAt, rootCost, syllableCount } from './phonology';
import { readings } from './readings';
import { respellings } from './spelling';

/** A form to analyze further, with the whole-word pieces already taken off it. */
interface Base {
  readonly stem: string;
  readonly chain: Chain | undefined;
  readonly cost: number;
  /** Whether the engine looks for affixes in it (not in plain respellings like `ganoon`). */
  readonly analyze: boolean;
}

const engine = new Engine();
const cache = new Memo<readonly Analysis[]>(32_768);

/** How unlikely a whole word is to be a bare root: long words are usually affixed. */
const wordCost = (word: string): number => Math.min(rootCost(word, false, true), 10);

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
const CLITIC_AY = CLITIC_PIECES.find((piece) => piece.form === "'y")!;
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

function basesOf(key: string): Base[] {
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

/**
 * What the linker at the end of `chain` costs on top of its own cost, given the pieces inside
 * it: `dalawang` is dalawa + -ng far more often than dalaw + -an + -g (and `sandaling` sandali +
 * -ng than sandal + -in + -g). After the affixes of an actor-focus verb (a reduplicated syllable
 * alone is the contemplated aspect of an -um- verb, `darating`) a final -ng or -g is more often
 * the root's, as such verbs seldom modify a noun: `dumating` is -um- + dating more often than -um-
 * + dati + -ng, `magtanong` mag- + tanong than tanon + -g.
 */
function linkerCost(chain: Chain | undefined): number {
  if (chain === undefined) return 0;
  return (chain.linkerCost ??= linkerCostOf(chain));
}

function linkerCostOf(chain: Chain): number {
  let linkerG = false;
  let suffixed = false;
  let actorFocus = false;
  let redupOnly: boolean | undefined;
  for (let link: Chain | undefined = chain; link; link = link.outer) {
    const { form, id, kind } = link.use;
    if (form === '-g') linkerG = true;
    else if (id === 'suffix-an' || id === 'suffix-in') suffixed = true;
    else if (ACTOR_FOCUS.has(id)) actorFocus = true;
    if (kind !== 'linker') redupOnly = (redupOnly ?? true) && id === REDUPLICATIONS.syllable.id;
  }
  return (linkerG && suffixed ? 0.6 : 0) + (actorFocus || redupOnly === true ? 0.4 : 0);
}

// A particle taken apart (`umano` as um- + ano) is kept, well behind the particle.
const PARTICLE_SPLIT_COST = 1;

// Particles and words filed under others are short: longer stems skip the lookups.
const PARTICLE_LENGTH = Math.max(...[...PARTICLES].map((particle) => particle.length));
const ALSO_FILED_LENGTH = Math.max(...[...ALSO_FILED_UNDER.keys()].map((form) => form.length));

// Reused for every word (the analyzer runs one word at a time).
const reached = new Reached();

// Enclitics and place words whose d is written r after a vowel, also as spoken (`run` for dun).
const R_FORMS: ReadonlySet<string> = new Set([
  'rin',
  'raw',
  'rito',
  'riyan',
  'ryan',
  'roon',
  'ron',
  'run',
  'rine',
  'rini',
  'rian',
]);
const R_FORM_LENGTH = Math.max(...[...R_FORMS].map((form) => form.length));

function analyzeKey(key: string): Analysis[] {
  reached.length = 0;
  const identity = wordCost(key);
  reached.add(key, undefined, identity);
  const bases = basesOf(key);
  for (let index = 0; index < bases.length; index++) {
    const base = bases[index]!;
    const stem = base.stem;
    const lexicalized = isLexicalized(stem);
    // A lexicalized word is taken apart only behind itself, as a particle is.
    const particle = lexicalized || (stem.length <= PARTICLE_LENGTH && PARTICLES.has(stem));
    const cost =
      (index === 0 ? identity : base.cost + wordCost(stem)) +
      (lexicalized ? LEXICALIZED_GAIN + (onlyLinker(base.chain) ? LINKED_WHOLE_GAIN : 0) : 0) +
      (N_ROOTS_BEFORE_LINKER.has(stem) && hasKind(base.chain, 'linker') ? LEXICALIZED_GAIN : 0) +
      (!lexicalized && particle ? PARTICLE_COST : 0);
    if (index > 0 || particle) reached.add(stem, base.chain, cost);
    // `rin` → din, `roon` → doon: the enclitic's d is written r after a vowel (only theirs:
    // `relay` is no "delay").
    const length = stem.length;
    if (length <= R_FORM_LENGTH && R_FORMS.has(stem))
      reached.add('d' + stem.slice(1), base.chain, cost - 0.3);
    // The other lemmas come after the word where the word is read whole (`kanya`, respelled
    // kaniya: siya after both), after the form they are filed from where pieces came off it
    // (`panibagong`: bago after panibago, not after the word with its linker).
    const otherLemmas = length <= ALSO_FILED_LENGTH ? ALSO_FILED_UNDER.get(stem) : undefined;
    const after = readWhole(base.chain) ? Math.max(cost, identity) : cost;
    if (otherLemmas)
      for (let rank = 0; rank < otherLemmas.length; rank++)
        reached.add(otherLemmas[rank]!, base.chain, after + 1.5 + 0.1 * rank);
    if (base.analyze) {
      const start = reached.length;
      engine.run(reached, stem, base.chain, base.cost, false);
      if (base.chain?.use.kind === 'linker')
        for (let at = start; at < reached.length; at++)
          reached.costs[at] = reached.costs[at]! + linkerCost(reached.chains[at]);
      if (particle)
        for (let at = start; at < reached.length; at++)
          reached.costs[at] = reached.costs[at]! + PARTICLE_SPLIT_COST;
    }
  }
  fileUnder(key);
  addPaWords(reached, key);
  return readings(key, reached);
}

// A lexicalized word with nothing on it but the linker comes before the same letters read as a
// lexicalized root under affixes: `pangulong` is pangulo (president) + -ng, not pang- + kulong.
const LINKED_WHOLE_GAIN = -0.5;

/** Whether `chain` is the linker alone. */
const onlyLinker = (chain: Chain | undefined): boolean =>
  chain !== undefined && chain.use.kind === 'linker' && chain.outer === undefined;

/** Whether a base with `chain` is the word read whole: respelled or a contraction written out. */
function readWhole(chain: Chain | undefined): boolean {
  for (let link = chain; link; link = link.outer)
    if (link.use.id !== DROPPED_INITIAL.id) return false;
  return true;
}

// An array, not the map: iterating a map's entries builds a pair for each, on every word.
const FILED_UNDER_ENTRIES = [...FILED_UNDER];

/** Adds the word a prefixed root is filed under (`nagkaroon` ← roon → mayroon), ranked above it. */
function fileUnder(key: string): void {
  for (let entry = 0; entry < FILED_UNDER_ENTRIES.length; entry++) {
    const [root, filed] = FILED_UNDER_ENTRIES[entry]!;
    if (!key.includes(root)) continue; // the common case: no such root in the word
    const length = reached.length;
    for (let at = 0; at < length; at++) {
      if (reached.roots[at] !== root) continue;
      const chain = reached.chains[at];
      if (hasPrefix(chain, filed.withPrefix))
        reached.add(filed.lemma, chain, reached.costs[at]! - 0.5);
    }
  }
}

/** Whether `chain` has a prefix, one of `ids` if given. */
function hasPrefix(chain: Chain | undefined, ids: readonly string[] | undefined): boolean {
  for (let link = chain; link; link = link.outer)
    if (link.use.kind === 'prefix' && (!ids || ids.includes(link.use.id))) return true;
  return false;
}

/**
 * Every plausible analysis of `word`, best first, one per root and chain of affixes. The word as
 * its own root (no affixes) is always among them.
 */
export function analyze(word: string): readonly Analysis[] {
  // Kept by the word as written too: `Ang` met again needs no normalizing either.
  const seen = cache.get(word);
  if (seen) return seen;
  const key = lexiconKey(word);
  let analyses = key === word ? undefined : cache.get(key);
  if (analyses === undefined) {
    analyses = key === '' ? [] : analyzeKey(key);
    if (key !== word) cache.set(key, analyses);
  }
  cache.set(word, analyses);
  return analyses;
}

/**
 * `analyze` without the memo: for a caller that keeps what it needs of each word itself (a batch
 * of distinct words pays for a memo it never reads: the results it keeps are copied by the
 * garbage collector).
 */
export function analyzeUnmemoized(word: string): readonly Analysis[] {
  const key = lexiconKey(word);
  return key === '' ? [] : analyzeKey(key);
}

/** Forgets the analyses kept for words already seen (for measuring the analyzer cold). */
export function clearAnalysisCache(): void {
  cache.clear();
}

/** The distinct roots of `word`'s analyses, best first (`memo: false` for `analyzeUnmemoized`). */
export function candidateRoots(word: string, { memo = true } = {}): string[] {
  const roots: string[] = [];
  for (const analysis of memo ? analyze(word) : analyzeUnmemoized(word))
    if (!roots.includes(analysis.root)) roots.push(analysis.root);
  return roots;
}
