// From the roots the search reached to the analyses returned: best first, one per root and chain,
// at most MAX_ANALYSES (and the word itself). What a chain means is computed once per interned
// chain and shared by every analysis that uses it.
import type { AffixUse, Analysis } from './analysis';
import type { Chain, Reached } from './chain';
import { featuresOf, withCircumfixes } from './interpret';

const MAX_ANALYSES = 24;

type Features = ReturnType<typeof featuresOf>;

/** Pieces innermost first (circumfixes merged), their features, and a key naming the chain. */
interface Meaning {
  readonly affixes: readonly AffixUse[];
  readonly features: Features;
  /** Which of aspect, focus and part of speech are set (bits 1, 2, 4), for `toAnalysis`. */
  readonly shape: number;
  /** Equal for chains of the same ids and forms (pieces differing only in kind are the same). */
  readonly key: string;
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
    innermostFirst.length > 1 ? withCircumfixes(innermostFirst) : innermostFirst,
  );
  const features = featuresOf(affixes);
  const shape =
    (features.aspect === undefined ? 0 : 1) |
    (features.focus === undefined ? 0 : 2) |
    (features.posHint === undefined ? 0 : 4);
  return { affixes, features, shape, key };
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
  const { affixes, features } = chain;
  const { aspect, focus, posHint } = features;
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

// Candidate indices, cheapest first, and the analyses kept with their meanings: reused from word
// to word.
const order: number[] = [];
const kept: Meaning[] = [];
const analyses: Analysis[] = [];

/** Sorts the indices by cost, stably: insertion for the usual short lists, else `Array#sort`. */
function sortByCost(costs: readonly number[], length: number): readonly number[] {
  if (length > 24) {
    const indices = Array.from({ length }, (_, index) => index);
    return indices.sort((a, b) => costs[a]! - costs[b]!);
  }
  for (let index = 0; index < length; index++) {
    const cost = costs[index]!;
    let at = index;
    while (at > 0 && costs[order[at - 1]!]! - cost > 0) {
      order[at] = order[at - 1]!;
      at--;
    }
    order[at] = index;
  }
  return order;
}

/**
 * The analyses of `key` from the roots reached, cheapest first (a stable sort: among equal costs,
 * the order found, the word itself first), without repeats of a root and chain.
 */
export function readings(key: string, reached: Reached): Analysis[] {
  const sorted = sortByCost(reached.costs, reached.length);
  analyses.length = 0;
  kept.length = 0;
  let identityIncluded = false;
  for (let rank = 0; rank < reached.length; rank++) {
    const index = sorted[rank]!;
    const root = reached.roots[index]!;
    const chain = reached.chains[index];
    if (chain === undefined && root === key) {
      // The word itself is always kept, past the limit too.
      if (identityIncluded) continue;
      identityIncluded = true;
    } else if (analyses.length >= MAX_ANALYSES) continue;
    const chainMeaning = meaning(chain);
    if (isRepeat(analyses, root, chainMeaning)) continue;
    analyses.push(toAnalysis(key, root, chainMeaning, reached.costs[index]!));
    kept.push(chainMeaning);
    if (analyses.length >= MAX_ANALYSES && identityIncluded) break;
  }
  // A copy of the exact length: the memo keeps it, and a grown array would keep spare room.
  return analyses.slice();
}

function isRepeat(analyses: Analysis[], root: string, chain: Meaning): boolean {
  for (let index = 0; index < analyses.length; index++) {
    if (analyses[index]!.root !== root) continue;
    const other = kept[index]!;
    if (other === chain || other.key === chain.key) return true;
  }
  return false;
}
