/**
 * Fits a diagonal Gaussian HMM to history by Baum-Welch (EM) with seeded random restarts.
 *
 * EM only finds a local optimum, so several starts are run and the best likelihood wins; the
 * seed makes the whole fit deterministic, which backtests and audits rely on. Every E-step is
 * in log-space (forward-backward.ts), so multi-week minute series neither underflow nor overflow.
 */
import { z } from "zod";
import { type GaussianHmm, assertValidHmm } from "./gaussian-hmm.ts";
import { forwardBackward } from "./forward-backward.ts";
import { SeededRng } from "./seeded-rng.ts";

export const BaumWelchConfigSchema = z.object({
  states: z.number().int().min(1).max(32),
  restarts: z.number().int().min(1).max(100).default(5),
  maxIterations: z.number().int().min(1).max(10_000).default(200),
  /** Stop when one iteration improves the log-likelihood by less than this (absolute, nats). */
  tolerance: z.number().positive().default(1e-4),
  seed: z.number().int().default(1),
  /** Lower bound on every emission variance: stops a state collapsing onto a few identical bars. */
  varianceFloor: z.number().positive().default(1e-6),
  /** Initial self-transition probability of every state (regimes persist). */
  initialStickiness: z.number().min(0).max(0.999).default(0.9),
});
export type BaumWelchConfig = z.input<typeof BaumWelchConfigSchema>;

export interface RestartResult {
  readonly seed: number;
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly converged: boolean;
}

export interface FitResult {
  readonly model: GaussianHmm;
  readonly logLikelihood: number;
  /** Log-likelihood before each M-step of the winning restart (non-decreasing for exact EM). */
  readonly history: number[];
  readonly restarts: RestartResult[];
}

export function fitGaussianHmm(observations: readonly ArrayLike<number>[], config: BaumWelchConfig): FitResult {
  const cfg = BaumWelchConfigSchema.parse(config);
  if (observations.length < cfg.states * 2) {
    throw new Error(`Baum-Welch needs at least ${cfg.states * 2} observations, got ${observations.length}`);
  }
  const dims = observations[0].length;
  for (const [t, x] of observations.entries()) {
    if (x.length !== dims) throw new Error(`observation ${t} has ${x.length} values, expected ${dims}`);
    for (let d = 0; d < dims; d++) if (!Number.isFinite(x[d])) throw new Error(`observation ${t} is not finite`);
  }
  const restarts: RestartResult[] = [];
  let best: FitResult | null = null;
  for (let r = 0; r < cfg.restarts; r++) {
    const seed = cfg.seed + r * 7919;
    const initial = initialGuess(observations, cfg.states, dims, cfg, new SeededRng(seed));
    const run = runEm(observations, initial, cfg);
    restarts.push({ seed, logLikelihood: run.logLikelihood, iterations: run.history.length, converged: run.converged });
    if (best === null || run.logLikelihood > best.logLikelihood) {
      best = { model: run.model, logLikelihood: run.logLikelihood, history: run.history, restarts };
    }
  }
  assertValidHmm(best!.model);
  return { ...best!, restarts };
}

/** k-means++-style seeding: spread-out observations as means, global variance, sticky transitions. */
function initialGuess(
  observations: readonly ArrayLike<number>[],
  k: number,
  dims: number,
  cfg: z.infer<typeof BaumWelchConfigSchema>,
  rng: SeededRng,
): GaussianHmm {
  const n = observations.length;
  const globalMean = new Array<number>(dims).fill(0);
  for (const x of observations) for (let d = 0; d < dims; d++) globalMean[d] += x[d] / n;
  const globalVar = new Array<number>(dims).fill(0);
  for (const x of observations) for (let d = 0; d < dims; d++) globalVar[d] += (x[d] - globalMean[d]) ** 2 / n;
  const scaled = (x: ArrayLike<number>, c: ArrayLike<number>) => {
    let s = 0;
    for (let d = 0; d < dims; d++) s += (x[d] - c[d]) ** 2 / Math.max(globalVar[d], cfg.varianceFloor);
    return s;
  };
  const means: number[][] = [Array.from(observations[Math.floor(rng.next() * n)])];
  const distance = new Float64Array(n).fill(Infinity);
  while (means.length < k) {
    const last = means[means.length - 1];
    let total = 0;
    for (let t = 0; t < n; t++) {
      distance[t] = Math.min(distance[t], scaled(observations[t], last));
      total += distance[t];
    }
    let u = rng.next() * total;
    let pick = n - 1;
    for (let t = 0; t < n; t++) {
      u -= distance[t];
      if (u <= 0) {
        pick = t;
        break;
      }
    }
    means.push(Array.from(observations[pick]));
  }
  const transition = means.map((_, i) => {
    const row = means.map((__, j) => (i === j ? cfg.initialStickiness : ((1 - cfg.initialStickiness) * (0.5 + rng.next())) / Math.max(k - 1, 1)));
    const sum = row.reduce((a, b) => a + b, 0);
    return row.map((v) => v / sum);
  });
  return {
    states: k,
    dims,
    initial: new Array<number>(k).fill(1 / k),
    transition,
    means,
    variances: means.map(() => globalVar.map((v) => Math.max(v, cfg.varianceFloor))),
  };
}

function runEm(
  observations: readonly ArrayLike<number>[],
  start: GaussianHmm,
  cfg: z.infer<typeof BaumWelchConfigSchema>,
): { model: GaussianHmm; logLikelihood: number; history: number[]; converged: boolean } {
  let model = start;
  const history: number[] = [];
  for (let iter = 0; iter < cfg.maxIterations; iter++) {
    const post = forwardBackward(model, observations);
    history.push(post.logLikelihood);
    const previous = history.length > 1 ? history[history.length - 2] : -Infinity;
    if (post.logLikelihood - previous < cfg.tolerance) {
      return { model, logLikelihood: post.logLikelihood, history, converged: true };
    }
    model = maximize(model, observations, post.gamma, post.transitionCounts, cfg.varianceFloor);
  }
  const final = forwardBackward(model, observations).logLikelihood;
  history.push(final);
  return { model, logLikelihood: final, history, converged: false };
}

/** The M-step: closed-form re-estimates from the smoothed posteriors. */
function maximize(
  model: GaussianHmm,
  observations: readonly ArrayLike<number>[],
  gamma: Float64Array,
  transitionCounts: Float64Array,
  varianceFloor: number,
): GaussianHmm {
  const { states: k, dims } = model;
  const n = observations.length;
  const weight = new Float64Array(k);
  const sums = Array.from({ length: k }, () => new Float64Array(dims));
  for (let t = 0; t < n; t++) {
    const x = observations[t];
    for (let i = 0; i < k; i++) {
      const g = gamma[t * k + i];
      weight[i] += g;
      for (let d = 0; d < dims; d++) sums[i][d] += g * x[d];
    }
  }
  // A state no bar belongs to keeps its old emission: there is nothing to estimate it from.
  const alive = Array.from(weight, (w) => w > 1e-10);
  const means = model.means.map((old, i) => (alive[i] ? Array.from(sums[i], (s) => s / weight[i]) : [...old]));
  const squares = Array.from({ length: k }, () => new Float64Array(dims));
  for (let t = 0; t < n; t++) {
    const x = observations[t];
    for (let i = 0; i < k; i++) {
      const g = gamma[t * k + i];
      for (let d = 0; d < dims; d++) squares[i][d] += g * (x[d] - means[i][d]) ** 2;
    }
  }
  const variances = model.variances.map((old, i) =>
    alive[i] ? Array.from(squares[i], (s) => Math.max(s / weight[i], varianceFloor)) : [...old],
  );
  const transition = model.transition.map((old, i) => {
    let rowSum = 0;
    for (let j = 0; j < k; j++) rowSum += transitionCounts[i * k + j];
    return rowSum > 1e-10 ? Array.from({ length: k }, (_, j) => transitionCounts[i * k + j] / rowSum) : [...old];
  });
  const initial = Array.from({ length: k }, (_, i) => gamma[i]);
  return { states: k, dims, initial, transition, means, variances };
}
