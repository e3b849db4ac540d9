// The analyzer: every plausible reading of a word as root + affixes, best first, without a
// lexicon. Whole-word pieces (spelling variants, contractions, `'t`/`'y`, the linker, full
// reduplication) are taken off here; the engine strips prefixes, infixes, reduplication and
// suffixes by the affix tables.
import { lexiconKey, withoutLinker } from '../lexicon/normalize';
import {
  CASE_FORMS,
  CONTRACTED_WORDS,
  DROPPED_INITIAL,
  ENCLITICS,
  LINKERS,
  REDUPLICATIONS,
} from './affixes';
import type { AffixUse, Analysis } from './analysis';
import { Engine, type Chain, type Found } from './engine';
import { featuresOf, withCircumfixes } from './interpret';
import { isVowelAt, rootCost, syllableCount } from './phonology';
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
const CACHE_LIMIT = 50_000;
const cache = new Map<string, readonly Analysis[]>();

const extend = (chain: Chain | undefined, use: AffixUse): Chain => ({ use, outer: chain });

/** How unlikely a whole word is to be a bare root: long words are usually affixed. */
const wordCost = (word: string): number => Math.min(rootCost(word, false, true), 10);

/** `sama-sama` → sama, `pagsama-samahin` → pagsamahin, `kani-kanilang` → kanilang. */
export function withoutFullReduplication(key: string): string | undefined {
  const hyphen = key.indexOf('-');
  if (hyphen <= 0 || hyphen !== key.lastIndexOf('-')) return undefined;
  const left = key.slice(0, hyphen);
  const right = key.slice(hyphen + 1);
  const lefts = [left];
  // `akmang-akma`: a linker between the copies.
  if (left.endsWith('ng') && left.length > 3) lefts.push(left.slice(0, -2), left.slice(0, -1));
  for (const side of lefts) {
    for (let overlap = Math.min(side.length, right.length); overlap >= 2; overlap--) {
      const tail = side.slice(side.length - overlap);
      const head = right.slice(0, overlap);
      // `anu-ano`: o and u alternate in the copy.
      if (tail === head || tail.replaceAll('u', 'o') === head.replaceAll('u', 'o')) {
        if (overlap < 3 && overlap !== side.length && overlap !== right.length) break;
        if (syllableCount(head) < 1) break;
        return side.slice(0, side.length - overlap) + right;
      }
    }
  }
  return undefined;
}

function basesOf(key: string): Base[] {
  const bases: Base[] = [{ stem: key, chain: undefined, cost: 0, analyze: true }];
  const add = (
    stem: string,
    use: AffixUse | undefined,
    cost: number,
    from: Base,
    analyze = true,
  ): void => {
    const chain = use ? extend(from.chain, use) : from.chain;
    const base = { stem, chain, cost: from.cost + cost, analyze };
    const existing = bases.findIndex((other) => other.stem === stem);
    if (existing < 0) bases.push(base);
    else if (existing > 0 && bases[existing]!.cost > base.cost) bases[existing] = base;
  };
  // Leading hyphen of a split word: `-anyos`, `-'y`.
  if (key.startsWith('-') && key.length > 1) add(key.slice(1), undefined, -0.5, bases[0]!);
  for (const { stem, cost, analyze } of respellings(key))
    add(stem, undefined, cost, bases[0]!, analyze);
  // A word that had punctuation or a hyphen around it is respelled in turn.
  for (const base of bases.slice(1))
    if (base.analyze)
      for (const { stem, cost, analyze } of respellings(base.stem))
        add(stem, undefined, cost, base, analyze);
  for (const base of [...bases]) {
    const contracted = CONTRACTED_WORDS.get(base.stem);
    if (contracted) {
      const use = { id: DROPPED_INITIAL.id, kind: DROPPED_INITIAL.kind, form: base.stem };
      add(contracted, use, -2, base);
    }
    for (const clitic of ENCLITICS) {
      const form = clitic.forms[0]!;
      if (base.stem.length > form.length + 1 && base.stem.endsWith(form))
        add(
          base.stem.slice(0, -form.length),
          { id: clitic.id, kind: clitic.kind, form },
          clitic.cost,
          base,
        );
    }
    // `'yung` → iyung, `'to` → ito.
    if (base.stem.startsWith("'") && base.stem.length > 2 && !contracted) {
      const restored = 'i' + base.stem.slice(1);
      const use: AffixUse = { id: DROPPED_INITIAL.id, kind: DROPPED_INITIAL.kind, form: "'" };
      add(restored, use, -1.5, base);
      add('a' + base.stem.slice(1), use, -1, base);
      for (const { stem, cost, analyze } of respellings(restored))
        add(stem, use, cost - 1.5, base, analyze);
    }
  }
  for (const base of [...bases]) {
    const merged = withoutFullReduplication(base.stem);
    if (merged) {
      const right = base.stem.slice(base.stem.indexOf('-') + 1);
      const use: AffixUse = {
        id: REDUPLICATIONS.full.id,
        kind: 'reduplication',
        form: '-' + right,
      };
      add(merged, use, REDUPLICATIONS.full.cost, base);
    }
  }
  for (const base of [...bases]) {
    for (const [index, stem] of withoutLinker(base.stem).entries()) {
      if (stem.endsWith("'")) continue;
      const afterN = index > 0 || !isVowelAt(stem, stem.length - 1);
      const linker = afterN ? LINKERS.afterN : LINKERS.afterVowel;
      const use: AffixUse = { id: linker.id, kind: 'linker', form: afterN ? '-g' : '-ng' };
      add(stem, use, linker.cost, base);
      // `ganung` → ganun + -g → ganoon.
      const linked = bases.find((other) => other.stem === stem) ?? base;
      for (const respelled of respellings(stem))
        if (!respelled.analyze) add(respelled.stem, undefined, respelled.cost, linked, false);
    }
  }
  return bases;
}

/** Lower-case ASCII letters and hyphens are already a lexicon key: skip the normalization. */
function isPlainKey(word: string): boolean {
  if (word.length === 0) return false;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if ((code < 97 || code > 122) && code !== 45) return false;
  }
  return true;
}

const MAX_ANALYSES = 24;

/** `dalawang` is dalawa + -ng far more often than dalaw + -an + -g. */
function linkerAfterSuffixCost(chain: Chain | undefined): number {
  let linkerG = false;
  let suffixAn = false;
  for (let link = chain; link; link = link.outer) {
    if (link.use.form === '-g') linkerG = true;
    else if (link.use.id === 'suffix-an') suffixAn = true;
  }
  return linkerG && suffixAn ? 0.6 : 0;
}

function reach(into: Found[], root: string, chain: Chain | undefined, cost: number): void {
  into.push({ root, chain, cost });
}

// Aspect, focus and part of speech depend only on the affix ids: computed once per chain.
const featureCache = new Map<string, ReturnType<typeof featuresOf>>();

function toAnalysis(form: string, reached: Found): Analysis {
  const innermostFirst: AffixUse[] = [];
  let ids = '';
  for (let link = reached.chain; link; link = link.outer) {
    innermostFirst.push(link.use);
    ids += link.use.id + ' ';
  }
  const affixes = innermostFirst.length > 1 ? withCircumfixes(innermostFirst) : innermostFirst;
  let features = featureCache.get(ids);
  if (!features) {
    features = featuresOf(affixes);
    if (featureCache.size < 10_000) featureCache.set(ids, features);
  }
  const score = Math.round(-reached.cost * 1000) / 1000;
  return { form, root: reached.root, affixes, ...features, score };
}

function chainKey(root: string, chain: Chain | undefined): string {
  let key = root;
  for (let link = chain; link; link = link.outer) key += '|' + link.use.id + link.use.form;
  return key;
}

function analyzeKey(key: string): Analysis[] {
  const reached: Found[] = [];
  const identity = wordCost(key);
  reach(reached, key, undefined, identity);
  const bases = basesOf(key);
  for (const base of bases) {
    const cost = base.cost + wordCost(base.stem);
    if (base !== bases[0]) reach(reached, base.stem, base.chain, cost);
    // `rin` → din, `roon` → doon: the enclitic's d is written r after a vowel.
    if (base.stem.startsWith('r') && syllableCount(base.stem) <= 2)
      reach(reached, 'd' + base.stem.slice(1), base.chain, cost - 0.3);
    for (const [rank, lemma] of (CASE_FORMS.get(base.stem) ?? []).entries())
      reach(reached, lemma, base.chain, Math.max(cost, identity) + 1.5 + 0.1 * rank);
    if (base.analyze) {
      const extra = base.chain?.use.form === '-g';
      for (const result of engine.run(base.stem, base.chain, base.cost, false))
        if (extra)
          reach(
            reached,
            result.root,
            result.chain,
            result.cost + linkerAfterSuffixCost(result.chain),
          );
        else reached.push(result);
    }
  }
  // A stable sort: among equal costs, the order found (the word itself first).
  reached.sort((a, b) => a.cost - b.cost);
  const seen = new Set<string>();
  const analyses: Analysis[] = [];
  let identityIncluded = false;
  for (const candidate of reached) {
    const id = chainKey(candidate.root, candidate.chain);
    if (seen.has(id)) continue;
    seen.add(id);
    if (candidate.chain === undefined && candidate.root === key) identityIncluded = true;
    else if (analyses.length >= MAX_ANALYSES) continue;
    analyses.push(toAnalysis(key, candidate));
    if (analyses.length >= MAX_ANALYSES && identityIncluded) break;
  }
  return analyses;
}

/**
 * Every plausible analysis of `word`, best first, one per root and chain of affixes. The word as
 * its own root (no affixes) is always among them.
 */
export function analyze(word: string): readonly Analysis[] {
  const key = isPlainKey(word) ? word : lexiconKey(word);
  const cached = cache.get(key);
  if (cached) return cached;
  const analyses = key === '' ? [] : analyzeKey(key);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, analyses);
  return analyses;
}

/** Forgets the analyses kept for words already seen (for measuring the analyzer cold). */
export function clearAnalysisCache(): void {
  cache.clear();
}

/** The distinct roots of `word`'s analyses, best first. */
export function candidateRoots(word: string): string[] {
  const roots: string[] = [];
  for (const analysis of analyze(word))
    if (!roots.includes(analysis.root)) roots.push(analysis.root);
  return roots;
}
