// Chains of pieces, interned: the search extends the same few chains for every word, so a chain
// is built once and what it means (its pieces innermost first, aspect, focus) is worked out once
// and reused, instead of allocating and interpreting a fresh list for every branch of every word.
import type { AffixKind, AffixUse } from './analysis';

/** Pieces taken off so far, outermost first, as a linked list ending with the innermost piece. */
export class Chain {
  /** Longer chains, by the piece added inside this one. */
  next: Map<AffixUse, Chain> | undefined = undefined;
  /** Whatever the analyzer derives from the chain alone, cached on first use. */
  meaning: unknown = undefined;
  /** What a linker outside these pieces costs on top of its own, cached on first use. */
  linkerCost: number | undefined = undefined;
  /** The prefix nearest the root (see `innermostPrefix`), or null for none; cached on first use. */
  innermostPrefix: Chain | null | undefined = undefined;

  constructor(
    readonly use: AffixUse,
    readonly outer: Chain | undefined,
  ) {}
}

/**
 * The roots a search reached, in the order found, with the chain of pieces taken off (ending
 * with the innermost) and the cost. Kept in columns reused from word to word: the analyzer
 * allocates nothing per candidate that it does not keep.
 */
export class Reached {
  readonly roots: string[] = [];
  readonly chains: (Chain | undefined)[] = [];
  readonly costs: number[] = [];
  length = 0;

  add(root: string, chain: Chain | undefined, cost: number): void {
    const index = this.length++;
    this.roots[index] = root;
    this.chains[index] = chain;
    this.costs[index] = cost;
  }
}

// Interned chains are dropped wholesale past this many (chains carrying a word's own text, like
// a full reduplication `-sama`, would otherwise pile up); old chains stay valid where kept.
const CHAIN_LIMIT = 100_000;
let chainCount = 0;
let firstLinks = new Map<AffixUse, Chain>();

/** `chain` with `use` added inside it. Pass interned pieces (see `pieceOf`) so chains are shared. */
export function extend(chain: Chain | undefined, use: AffixUse): Chain {
  let links = chain ? chain.next : firstLinks;
  if (links === undefined) links = (chain as Chain).next = new Map();
  let extended = links.get(use);
  if (extended === undefined) {
    if (chainCount >= CHAIN_LIMIT) {
      chainCount = 0;
      firstLinks = new Map();
      return new Chain(use, chain);
    }
    extended = new Chain(use, chain);
    links.set(use, extended);
    chainCount++;
  }
  return extended;
}

// Pieces by affix and form: one object per distinct piece.
const PIECE_LIMIT = 50_000;
let pieceCount = 0;
const pieces = new Map<PieceDef, Map<string, AffixUse>>();

type PieceDef = { readonly id: string; readonly kind: AffixKind };

/** The piece `form` of the affix `def`, interned (`def` must be a long-lived object). */
export function pieceOf(def: PieceDef, form: string): AffixUse {
  let byForm = pieces.get(def);
  if (byForm === undefined) pieces.set(def, (byForm = new Map()));
  let piece = byForm.get(form);
  if (piece === undefined) {
    piece = { id: def.id, kind: def.kind, form };
    if (pieceCount < PIECE_LIMIT) {
      byForm.set(form, piece);
      pieceCount++;
    }
  }
  return piece;
}

/** `chain` with the piece at `link` (one of its links) replaced by `use`, or without it. */
export function withLinkReplaced(
  chain: Chain,
  link: Chain,
  use: AffixUse | undefined,
): Chain | undefined {
  const innermostFirst: AffixUse[] = [];
  for (let at: Chain | undefined = chain; at; at = at.outer)
    if (at !== link) innermostFirst.push(at.use);
    else if (use !== undefined) innermostFirst.push(use);
  let rebuilt: Chain | undefined;
  for (let index = innermostFirst.length - 1; index >= 0; index--)
    rebuilt = extend(rebuilt, innermostFirst[index]!);
  return rebuilt;
}

/** `chain` without the piece at `link` (one of its links). */
export const withoutLink = (chain: Chain, link: Chain): Chain | undefined =>
  withLinkReplaced(chain, link, undefined);

/** The prefix nearest the root (copied syllables, infixes and suffixes aside), if any. */
export function innermostPrefix(chain: Chain | undefined): Chain | undefined {
  if (chain === undefined) return undefined;
  let found = chain.innermostPrefix;
  if (found === undefined) {
    let link: Chain | undefined = chain;
    while (link && link.use.kind !== 'prefix') link = link.outer;
    found = chain.innermostPrefix = link ?? null;
  }
  return found ?? undefined;
}

/** Whether any piece of `chain` is of the affix `id`. */
export function hasAffix(chain: Chain | undefined, id: string): boolean {
  for (let link = chain; link; link = link.outer) if (link.use.id === id) return true;
  return false;
}

/** Whether any piece of `chain` is of the kind `kind` (a linker, a suffix…). */
export function hasKind(chain: Chain | undefined, kind: AffixKind): boolean {
  for (let link = chain; link; link = link.outer) if (link.use.kind === kind) return true;
  return false;
}

const NO_PIECE = pieceOf({ id: '', kind: 'prefix' }, '');

/**
 * The innermost piece of `chain` that is not a copied syllable (`mag-` in mag- + ka-), or a piece
 * of no affix.
 */
export function outerPrefix(chain: Chain | undefined): AffixUse {
  let link = chain;
  while (link && link.use.kind === 'reduplication') link = link.outer;
  return link?.use ?? NO_PIECE;
}
