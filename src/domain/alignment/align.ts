/**
 * Sentence alignment of a Tagalog text and its English translation: the cheapest chain of beads
 * (1–1, 1–0, 0–1, 2–1, 1–2, 2–2, …) under a Gale–Church length cost minus the anchors each bead
 * shares (numbers, names, cognates, dictionary senses). Dynamic programming in a band around the
 * diagonal; the band doubles when the best path runs along its edge, so texts of different
 * lengths or with long gaps still align, and matching texts cost time linear in their length.
 */
import {
  anchorBound,
  anchorParts,
  anchorScore,
  DEFAULT_ANCHOR_WEIGHTS,
  featureTable,
  type AnchorParts,
  type AnchorWeights,
  type FeatureTable,
  type TagalogDictionary,
} from './anchors';
import { BEAD_SHAPES, type Bead, type BeadShape } from './beads';
import { DEFAULT_LENGTH_MODEL, lengthCost, type LengthModel } from './lengthCost';

export type { Bead } from './beads';

export interface AlignOptions {
  /** English senses of a Tagalog word (lower case), to use words as anchors. */
  readonly dictionary?: TagalogDictionary;
  /**
   * English characters per Tagalog character. By default 0.83, or what the one-to-one pairs of
   * a first alignment show when that differs by more than a sixth.
   */
  readonly ratio?: number;
  readonly variance?: number;
  readonly anchorWeights?: Partial<AnchorWeights>;
  readonly shapes?: readonly BeadShape[];
  /** Half-width of the first band, in sentences. */
  readonly band?: number;
}

interface Problem {
  readonly tlLengths: Float64Array;
  readonly enLengths: Float64Array;
  readonly table: FeatureTable;
  readonly scratch: Int32Array;
  readonly shapes: ReadonlyArray<BeadShape & { readonly penalty: number }>;
}

interface Pass {
  readonly beads: Bead[];
  /** Whether the best path touched the band's edge (a wider band might find a cheaper one). */
  readonly touchedEdge: boolean;
}

function prefixSums(sentences: readonly string[]): Float64Array {
  const sums = new Float64Array(sentences.length + 1);
  sentences.forEach((sentence, index) => (sums[index + 1] = sums[index]! + sentence.trim().length));
  return sums;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, index) => start + index);
}

/** The best chain of beads inside a band of `halfWidth` sentences around the diagonal. */
function alignInBand(problem: Problem, model: LengthModel, halfWidth: number): Pass {
  const { tlLengths, enLengths, table, scratch, shapes } = problem;
  const n = tlLengths.length - 1;
  const m = enLengths.length - 1;
  const width = 2 * halfWidth + 1;
  const lows = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++)
    lows[i] = Math.max(0, Math.round((i * m) / Math.max(n, 1)) - halfWidth);
  const high = (i: number): number => Math.min(m, lows[i]! + width - 1);
  const cellOf = (i: number, j: number): number => {
    const offset = j - lows[i]!;
    return offset >= 0 && offset < width && j <= m ? i * width + offset : -1;
  };
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  // What Tagalog sentence s and English sentence t earn and cost together, at cell (s + 1, t + 1).
  const rewards = new Float64Array((n + 1) * width).fill(NaN);
  const costs = new Float64Array((n + 1) * width);
  const parts: AnchorParts = { reward: 0, cost: 0 };
  const pairReward = (s: number, t: number): number => {
    const cell = cellOf(s + 1, t + 1);
    if (cell < 0) return anchorBound(table, s, s + 1, t, t + 1);
    if (Number.isNaN(rewards[cell]!)) {
      anchorParts(table, s, s + 1, t, t + 1, scratch, parts);
      rewards[cell] = parts.reward;
      costs[cell] = parts.cost;
    }
    return rewards[cell]!;
  };
  const back = new Uint8Array((n + 1) * width);
  cost[0] = 0; // lows[0] is 0: the cell (0, 0)

  for (let i = 0; i <= n; i++) {
    for (let j = lows[i]!, last = high(i); j <= last; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 0;
      for (let index = 0; index < shapes.length; index++) {
        const shape = shapes[index]!;
        if (shape.tl > i || shape.en > j) continue;
        const from = cellOf(i - shape.tl, j - shape.en);
        if (from < 0 || cost[from] === Infinity) continue;
        const tlStart = i - shape.tl;
        const enStart = j - shape.en;
        const base = cost[from]! + shape.penalty;
        let total = base;
        // A sentence left without a counterpart pays its prior only: measured by length, leaving
        // out a long sentence would cost more than shifting every pair after it by one.
        if (shape.tl > 0 && shape.en > 0) {
          const tlLength = tlLengths[i]! - tlLengths[tlStart]!;
          const enLength = enLengths[j]! - enLengths[enStart]!;
          total += lengthCost(tlLength, enLength, model);
          if (shape.tl === 1 && shape.en === 1) {
            total -= pairReward(tlStart, enStart); // fills costs[] at this cell
            total += costs[cellOf(i, j)]!;
          } else {
            // Skip the bead when even the best its pairs could earn does not make it cheapest.
            let bound = 0;
            for (let s = tlStart; s < i; s++) {
              for (let t = enStart; t < j; t++) bound += pairReward(s, t);
            }
            if (total - bound >= best) continue;
            total -= anchorScore(table, tlStart, i, enStart, j, scratch);
          }
        }
        if (total < best) {
          best = total;
          bestShape = index;
        }
      }
      const cell = i * width + (j - lows[i]!);
      cost[cell] = best;
      back[cell] = bestShape;
    }
  }

  const beads: Bead[] = [];
  let touchedEdge = false;
  for (let i = n, j = m; i > 0 || j > 0;) {
    const cell = cellOf(i, j);
    if (cell < 0 || cost[cell] === Infinity) return { beads: [], touchedEdge: true };
    if ((j === lows[i] && j > 0) || (j === high(i) && j < m)) touchedEdge = true;
    const shape = shapes[back[cell]!]!;
    beads.push({ tl: range(i - shape.tl, i), en: range(j - shape.en, j) });
    i -= shape.tl;
    j -= shape.en;
  }
  return { beads: beads.reverse(), touchedEdge };
}

/** Aligns in a band that doubles until the best path keeps off its edges. */
function alignWidening(problem: Problem, model: LengthModel, firstHalfWidth: number): Bead[] {
  const n = problem.tlLengths.length - 1;
  const m = problem.enLengths.length - 1;
  const widest = Math.max(n, m);
  for (let halfWidth = firstHalfWidth; ; halfWidth *= 2) {
    const pass = alignInBand(problem, model, Math.min(halfWidth, widest));
    if (!pass.touchedEdge || halfWidth >= widest) return pass.beads;
  }
}

/** English characters per Tagalog character over the one-to-one beads, if there are enough. */
function observedRatio(beads: readonly Bead[], problem: Problem): number | undefined {
  let tl = 0;
  let en = 0;
  let count = 0;
  for (const bead of beads) {
    if (bead.tl.length !== 1 || bead.en.length !== 1) continue;
    tl += problem.tlLengths[bead.tl[0]! + 1]! - problem.tlLengths[bead.tl[0]!]!;
    en += problem.enLengths[bead.en[0]! + 1]! - problem.enLengths[bead.en[0]!]!;
    count++;
  }
  return count >= 5 && tl > 0 && en > 0 ? en / tl : undefined;
}

/**
 * Aligns Tagalog sentences with English ones. The beads cover every index of both sides once, in
 * order; a bead with an empty side is a sentence the other text has no counterpart for.
 */
export function alignSentences(
  tl: readonly string[],
  en: readonly string[],
  options: AlignOptions = {},
): Bead[] {
  const weights = { ...DEFAULT_ANCHOR_WEIGHTS, ...options.anchorWeights };
  const table = featureTable(tl, en, options.dictionary, weights);
  const problem: Problem = {
    tlLengths: prefixSums(tl),
    enLengths: prefixSums(en),
    table,
    scratch: new Int32Array(table.weights.length),
    shapes: (options.shapes ?? BEAD_SHAPES).map((shape) => ({
      ...shape,
      penalty: -Math.log(shape.prior),
    })),
  };
  const variance = options.variance ?? DEFAULT_LENGTH_MODEL.variance;
  const band = options.band ?? 20;
  const ratio = options.ratio ?? DEFAULT_LENGTH_MODEL.ratio;
  const beads = alignWidening(problem, { ratio, variance }, band);
  if (options.ratio !== undefined) return beads;
  // A translation much longer or shorter than usual: align again at the ratio it shows.
  const observed = observedRatio(beads, problem);
  if (observed === undefined || Math.abs(Math.log(observed / ratio)) < Math.log(7 / 6))
    return beads;
  return alignWidening(problem, { ratio: observed, variance }, band);
}
