/**
 * Seeded pseudo-random numbers for model fitting.
 *
 * Baum-Welch restarts must be reproducible: the same history and seed must give the same model,
 * or a backtest and its live twin would disagree on regimes. Math.random cannot be seeded, so we
 * use mulberry32 (small state, good enough for initialisation and test sampling).
 */
export class SeededRng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Standard normal by Box-Muller (the second variate is dropped to keep the stream simple). */
  normal(): number {
    let u = this.next();
    while (u <= Number.EPSILON) u = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Index drawn from a discrete distribution given as probabilities summing to ~1. */
  categorical(probabilities: ArrayLike<number>): number {
    const u = this.next();
    let acc = 0;
    for (let i = 0; i < probabilities.length; i++) {
      acc += probabilities[i];
      if (u < acc) return i;
    }
    return probabilities.length - 1;
  }
}
