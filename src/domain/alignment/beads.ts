/**
 * The shapes a bead may take (how many Tagalog and English sentences it joins) and how likely
 * each is in a translation, as a cost (`-log` of the prior). Most sentences translate one to
 * one; translators merge or split neighbours now and then and rarely leave a sentence out.
 */

export interface Bead {
  /** Indices of the Tagalog sentences, consecutive and ascending (empty for a 0–1 bead). */
  readonly tl: number[];
  /** Indices of the English sentences, consecutive and ascending (empty for a 1–0 bead). */
  readonly en: number[];
}

export interface BeadShape {
  readonly tl: number;
  readonly en: number;
  readonly prior: number;
}

export const BEAD_SHAPES: readonly BeadShape[] = [
  { tl: 1, en: 1, prior: 0.89 },
  { tl: 1, en: 0, prior: 0.005 },
  { tl: 0, en: 1, prior: 0.005 },
  { tl: 2, en: 1, prior: 0.0445 },
  { tl: 1, en: 2, prior: 0.0445 },
  { tl: 2, en: 2, prior: 0.011 },
  { tl: 3, en: 1, prior: 0.002 },
  { tl: 1, en: 3, prior: 0.002 },
];
