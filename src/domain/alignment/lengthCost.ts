/**
 * Gale–Church length cost: how unlikely it is that `tlLength` characters of Tagalog translate to
 * `enLength` characters of English, as a negative log probability. The English length is taken
 * as normally distributed around `ratio × tlLength` with a variance that grows with the length.
 */

export interface LengthModel {
  /** Expected English characters per Tagalog character. */
  readonly ratio: number;
  /** Variance of the English length per Tagalog character. */
  readonly variance: number;
}

/** Tagalog runs longer than its English translation: about 0.83 English characters per one. */
export const DEFAULT_LENGTH_MODEL: LengthModel = { ratio: 0.83, variance: 2.5 };

/**
 * `-log erfc(x)` for x ≥ 0, from the Chebyshev fit in Numerical Recipes (relative error below
 * 1.2e-7); computed in the log domain so that very unlikely lengths stay finite.
 */
function negativeLogErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const polynomial =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t *
                          (-1.13520398 +
                            t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) - x * x + polynomial);
}

/** `-log P(|δ| ≥ observed)` for the two lengths under the model (0 for two empty sides). */
export function lengthCost(tlLength: number, enLength: number, model: LengthModel): number {
  const mean = (tlLength + enLength / model.ratio) / 2;
  if (mean === 0) return 0;
  const delta = (enLength - tlLength * model.ratio) / Math.sqrt(model.variance * mean);
  return negativeLogErfc(Math.abs(delta) / Math.SQRT2);
}
