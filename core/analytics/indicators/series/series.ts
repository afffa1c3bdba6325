/**
 * Scalar streams: number in, number out, NaN while warming up. Indicators are composed from these
 * (EMA of EMA, SMA of a stochastic, RSI into a stochastic), so warm-up and seeding rules live in one
 * place and composition reproduces TA-Lib's lookbacks without per-indicator bookkeeping.
 */
export interface Series {
  next(x: number): number;
}

/** Feeds each stage's output to the next; NaN (warm-up) stops the chain for that input. */
export class Chain implements Series {
  readonly #stages: readonly Series[];

  constructor(...stages: Series[]) {
    this.#stages = stages;
  }

  next(x: number): number {
    let v = x;
    for (const s of this.#stages) {
      if (v !== v) return v;
      v = s.next(v);
    }
    return v;
  }
}

/**
 * Ignores the first `count` inputs. TA-Lib seeds MACD's (and EMA-based PPO/APO's) fast EMA on the
 * bars just before the slow EMA's first value, not on the first bars; skipping reproduces that.
 */
export class Skip implements Series {
  #left: number;

  constructor(
    count: number,
    readonly inner: Series,
  ) {
    this.#left = count;
  }

  next(x: number): number {
    if (this.#left > 0) {
      this.#left--;
      return Number.NaN;
    }
    return this.inner.next(x);
  }
}

/** TA-Lib's TA_IS_ZERO: the guard it uses before dividing by a sum. */
export const TA_EPSILON = 1e-14;
export const isZero = (v: number): boolean => -TA_EPSILON < v && v < TA_EPSILON;
