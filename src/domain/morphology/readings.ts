// From the roots the search reached to the analyses returned (or their roots alone): best first,
// one per root and chain, at most MAX_ANALYSES (and the word itself). What a chain means is
// computed once per interned chain and shared by every analysis that uses it.
import type { AffixUse, Analysis } from './analysis';
import type { Chain, Reached } from './chain';
import { keyNumber, sameKey } from './chainKeys';
import { CostOrder } from './costOrder';
import { featuresOf, withCircumfixes, withDirectionalCopy } from './interpret';

const MAX_ANALYSES = 24;

/**
 * Pieces innermost first (circumfixes merged), their features, and a key naming the chain. The
 * features are fields of their own (not the object `featuresOf` builds, whose keys vary): every
 * meaning has one shape, which keeps reading them fast.
 */
interface Meaning {
  readonly affixes: readonly AffixUse[];
  readonly aspect: Analysis['aspect'];
  readonly focus: Analysis['focus'];
  readonly posHint: Analysis['posHint'];
  /** Which of aspect, focus and part of speech are set (bits 1, 2, 4), for `toAnalysis`. */
  readonly shape: number;
  /** Equal for chains of the same ids and forms (pieces differing only in kind are the same). */
  readonly key: string;
  /** The key's number (see `keyNumber`). */
  readonly keyNumber: number;
}

const NO_AFFIXES: Meaning = meaningOf(undefined);

function meaningOf(chain: Chain | undefined): Meaning {
  const innermostFirst: AffixUse[] = [];
  let key = '';
  for (let link = chain; link; link = link.outer) {
    innermostFirst.push(link.use);
    key += '|' + link.use.id + link.use.form;
  }
  // Shared by every analysis with this chain, so frozen: a caller cannot change another's pieces.
  const affixes = Object.freeze(
    innermostFirst.length > 1
      ? withDirectionalCopy(withCircumfixes(innermostFirst))
      : innermostFirst,
  );
  const { aspect, focus, posHint } = featuresOf(affixes);
  const shape =
    (aspect === undefined ? 0 : 1) |
    (focus === undefined ? 0 : 2) |
    (posHint === undefined ? 0 : 4);
  return { affixes, aspect, focus, posHint, shape, key, keyNumber: keyNumber(key) };
}

function meaning(chain: Chain | undefined): Meaning {
  if (chain === undefined) return NO_AFFIXES;
  return (chain.meaning as Meaning | undefined) ?? (chain.meaning = meaningOf(chain));
}

/**
 * The analysis of `form` as `root` + the chain's pieces. Object literals of a fixed shape per
 * combination of features, with the keys in the order the analyzer has always written them.
 */
function toAnalysis(form: string, root: string, chain: Meaning, cost: number): Analysis {
  const score = Math.round(-cost * 1000) / 1000;
  const { affixes, aspect, focus, posHint } = chain;
  switch (chain.shape) {
    case 0:
      return { form, root, affixes, score };
    case 1:
      return { form, root, affixes, aspect, score };
    case 2:
      return { form, root, affixes, focus, score };
    case 3:
      return { form, root, affixes, aspect, focus, score };
    case 4:
      return { form, root, affixes, posHint, score };
    case 5:
      return { form, root, affixes, aspect, posHint, score };
    case 6:
      return { form, root, affixes, focus, posHint, score };
    default:
      return { form, root, affixes, aspect, focus, posHint, score };
  }
}

// The order of the candidates, and the readings kept (root, chain meaning, cost, in columns):
// reused from word to word, the first `keptCount` in use (old entries are overwritten, not
// cleared: clearing an array's length is a call of its own).
const order = new CostOrder();
const analyses: Analysis[] = [];
const keptRoots: string[] = [];
const keptMeanings: Meaning[] = [];
const keptCosts: number[] = [];
let keptCount = 0;

/**
 * Keeps the readings of `key` from the roots reached, cheapest first (a stable order: among equal
 * costs, the order found, the word itself first), without repeats of a root and chain.
 */
function select(key: string, reached: Reached): void {
  order.reset(reached.costs, reached.length);
  keptCount = 0;
  let identityIncluded = false;
  for (let index = order.next(); index >= 0; index = order.next()) {
    const root = reached.roots[index]!;
    const chain = reached.chains[index];
    if (chain === undefined && root === key) {
      if (identityIncluded) continue;
      identityIncluded = true;
    }
    keep(root, chain, reached.costs[index]!);
    if (keptCount >= MAX_ANALYSES) break;
  }
  // The word itself is always kept, past the limit too: after the others, at its cheapest. Found
  // directly, not by taking the rest of the roots in order (the word is often among the dearest).
  if (!identityIncluded) {
    const identity = cheapestIdentity(key, reached);
    if (identity >= 0) keep(reached.roots[identity]!, undefined, reached.costs[identity]!);
  }
}

/** The analyses of `key` from the roots reached, best first (see `select`). */
export function readings(key: string, reached: Reached): Analysis[] {
  select(key, reached);
  for (let index = 0; index < keptCount; index++)
    analyses[index] = toAnalysis(key, keptRoots[index]!, keptMeanings[index]!, keptCosts[index]!);
  // A copy of the exact length: the memo keeps it, and a grown array would keep spare room.
  return analyses.slice(0, keptCount);
}

/**
 * The distinct roots of `readings(key, reached)`, in their order, without building the analyses:
 * a caller that wants the roots alone keeps one small array a word instead of an object for each
 * reading.
 */
export function readingRoots(key: string, reached: Reached): string[] {
  select(key, reached);
  let count = 0;
  for (let index = 0; index < keptCount; index++) {
    const root = keptRoots[index]!;
    if (!isRootAmong(root, count)) distinctRoots[count++] = root;
  }
  // Copied at its length, as the analyses are: an array grown by pushing keeps spare room.
  return distinctRoots.slice(0, count);
}

/** The distinct roots found so far, the first `count` in use (reused, as the columns above). */
const distinctRoots: string[] = [];

const isRootAmong = (root: string, count: number): boolean => {
  for (let index = 0; index < count; index++) if (distinctRoots[index] === root) return true;
  return false;
};

/** Keeps the reading of `root` + `chain`, unless one kept already has them. */
function keep(root: string, chain: Chain | undefined, cost: number): void {
  const chainMeaning = meaning(chain);
  if (isRepeat(root, chainMeaning)) return;
  keptRoots[keptCount] = root;
  keptMeanings[keptCount] = chainMeaning;
  keptCosts[keptCount] = cost;
  keptCount++;
}

/** The index of the first of the cheapest roots that are `key` itself, without affixes, or -1. */
function cheapestIdentity(key: string, reached: Reached): number {
  let cheapest = -1;
  for (let index = 0; index < reached.length; index++) {
    if (reached.chains[index] !== undefined || reached.roots[index] !== key) continue;
    if (cheapest < 0 || reached.costs[index]! < reached.costs[cheapest]!) cheapest = index;
  }
  return cheapest;
}

/** Whether an analysis kept already has this root and chain. */
function isRepeat(root: string, chain: Meaning): boolean {
  for (let index = 0; index < keptCount; index++) {
    const other = keptMeanings[index]!;
    // The chains first: numbers, where roots are strings to compare.
    if (other !== chain && !sameKey(other.keyNumber, other.key, chain.keyNumber, chain.key))
      continue;
    if (keptRoots[index] === root) return true;
  }
  return false;
}
