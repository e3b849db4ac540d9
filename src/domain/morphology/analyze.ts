// The analyzer: every plausible reading of a word as root + affixes, best first, without a
// lexicon. Whole-word pieces (spelling variants, contractions, `'t`/`'y`, the linker, full
// reduplication) are taken off first (./bases); the engine strips prefixes, infixes,
// reduplication and suffixes by the affix tables; the readings are ranked here.
import { lexiconKey } from '../lexicon/normalize';
import {
  ACTOR_FOCUS,
  ALSO_FILED_UNDER,
  DROPPED_INITIAL,
  FILED_UNDER,
  isLexicalized,
  LEXICALIZED_GAIN,
  N_ROOTS_BEFORE_LINKER,
  PARTICLE_COST,
  PARTICLES,
  REDUPLICATIONS,
} from './affixes';
import type { AffixUse, Analysis } from './analysis';
import { basesOf } from './bases';
import { hasKind, Reached, type Chain } from './chain';
import { Engine } from './engine';
import { isRecentlyCompleted } from './interpret';
import { Memo } from './memo';
import { addPaWords } from './paWords';
import { rootCost } from './phonology';
import { readingRoots, readings } from './readings';

const engine = new Engine();
const cache = new Memo<readonly Analysis[]>(32_768);
const rootsCache = new Memo<readonly string[]>(32_768);

/** How unlikely a whole word is to be a bare root: long words are usually affixed. */
const wordCost = (word: string): number => Math.min(rootCost(word, false, true), 10);

/**
 * What the linker at the end of `chain` costs on top of its own cost, given the pieces inside
 * it: `dalawang` is dalawa + -ng far more often than dalaw + -an + -g (and `sandaling` sandali +
 * -ng than sandal + -in + -g). After the affixes of an actor-focus verb (a reduplicated syllable
 * alone is the contemplated aspect of an -um- verb, `darating`; ka- with one, an action just done,
 * `kararating`) a final -ng or -g is more often the root's, as such verbs seldom modify a noun:
 * `dumating` is -um- + dating more often than -um- + dati + -ng, `magtanong` mag- + tanong than
 * tanon + -g.
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
  const innermostFirst: AffixUse[] = [];
  for (let link: Chain | undefined = chain; link; link = link.outer) {
    innermostFirst.push(link.use);
    const { form, id, kind } = link.use;
    if (form === '-g') linkerG = true;
    else if (id === 'suffix-an' || id === 'suffix-in') suffixed = true;
    else if (ACTOR_FOCUS.has(id)) actorFocus = true;
    if (kind !== 'linker') redupOnly = (redupOnly ?? true) && id === REDUPLICATIONS.syllable.id;
  }
  const verbOfNoModifier = actorFocus || redupOnly === true || isRecentlyCompleted(innermostFirst);
  return (linkerG && suffixed ? 0.6 : 0) + (verbOfNoModifier ? 0.4 : 0);
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

/** Fills `reached` with every root `key` may have, each with its pieces and cost. */
function search(key: string): void {
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
}

function analyzeKey(key: string): Analysis[] {
  search(key);
  return readings(key, reached);
}

function rootsOfKey(key: string): string[] {
  search(key);
  return readingRoots(key, reached);
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
 * What `ofKey` gives for `word`'s lexicon key, kept in `memo` by the word as written too (`Ang`
 * met again needs no normalizing either).
 */
function memoized<Value>(
  memo: Memo<Value>,
  word: string,
  ofKey: (key: string) => Value,
  ofNothing: Value,
): Value {
  const seen = memo.get(word);
  if (seen !== undefined) return seen;
  const key = lexiconKey(word);
  let value = key === word ? undefined : memo.get(key);
  if (value === undefined) {
    value = key === '' ? ofNothing : ofKey(key);
    if (key !== word) memo.set(key, value);
  }
  memo.set(word, value);
  return value;
}

const NO_ANALYSES: readonly Analysis[] = [];
const NO_ROOTS: readonly string[] = [];

/**
 * Every plausible analysis of `word`, best first, one per root and chain of affixes. The word as
 * its own root (no affixes) is always among them.
 */
export function analyze(word: string): readonly Analysis[] {
  return memoized(cache, word, analyzeKey, NO_ANALYSES);
}

/** Forgets what was kept for words already seen (for measuring the analyzer cold). */
export function clearAnalysisCache(): void {
  cache.clear();
  rootsCache.clear();
}

/**
 * The distinct roots of `word`'s analyses, best first (`memo: false` for a caller that keeps the
 * answers itself). Found without building the analyses, and kept apart from them: a caller that
 * wants the roots alone (the command line, the evaluation) keeps one small array a word.
 */
export function candidateRoots(word: string, { memo = true } = {}): readonly string[] {
  if (memo) return memoized(rootsCache, word, rootsOfKey, NO_ROOTS);
  const key = lexiconKey(word);
  return key === '' ? NO_ROOTS : rootsOfKey(key);
}
