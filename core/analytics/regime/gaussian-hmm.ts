/**
 * The Gaussian HMM itself: parameters and the per-state emission density.
 *
 * Emissions are diagonal Gaussians. Full covariances would need Cholesky factors and many more
 * parameters per state; with a handful of bar features the diagonal form is what fits reliably
 * from two weeks of minutes, and it keeps one emission evaluation at O(D).
 * Parameters are stored as plain arrays (not typed arrays) so a fitted model round-trips through
 * JSON for persistence and reports.
 */
export interface GaussianHmm {
  /** Number of hidden states K. */
  readonly states: number;
  /** Observation dimension D. */
  readonly dims: number;
  /** Initial state probabilities, length K. */
  readonly initial: number[];
  /** Row-stochastic transition matrix, K×K: transition[i][j] = P(s_t = j | s_{t-1} = i). */
  readonly transition: number[][];
  /** Emission means, K×D. */
  readonly means: number[][];
  /** Emission variances (diagonal), K×D, each > 0. */
  readonly variances: number[][];
}

const LOG_2PI = Math.log(2 * Math.PI);

/** log N(x; mean_k, diag(var_k)) for every state k, written into `out` (length K). */
export function emissionLogDensities(model: GaussianHmm, x: ArrayLike<number>, out: Float64Array): void {
  for (let k = 0; k < model.states; k++) {
    const mean = model.means[k];
    const variance = model.variances[k];
    let acc = 0;
    for (let d = 0; d < model.dims; d++) {
      const diff = x[d] - mean[d];
      acc += LOG_2PI + Math.log(variance[d]) + (diff * diff) / variance[d];
    }
    out[k] = -0.5 * acc;
  }
}

/** Long-run share of time per state (power iteration on the transition matrix). */
export function stationaryDistribution(transition: number[][]): number[] {
  const k = transition.length;
  let p = new Array<number>(k).fill(1 / k);
  for (let iter = 0; iter < 10_000; iter++) {
    const next = new Array<number>(k).fill(0);
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) next[j] += p[i] * transition[i][j];
    let delta = 0;
    for (let j = 0; j < k; j++) delta += Math.abs(next[j] - p[j]);
    p = next;
    if (delta < 1e-13) break;
  }
  return p;
}

/** Throws a clear error when a model is not a valid HMM (wrong shapes, non-stochastic rows, bad variances). */
export function assertValidHmm(model: GaussianHmm): void {
  const { states: k, dims: d } = model;
  const fail = (why: string): never => {
    throw new Error(`invalid Gaussian HMM: ${why}`);
  };
  if (!Number.isInteger(k) || k < 1 || !Number.isInteger(d) || d < 1) fail(`states=${k} dims=${d}`);
  const checkDistribution = (row: number[], name: string) => {
    if (row.length !== k) fail(`${name} has length ${row.length}, expected ${k}`);
    const sum = row.reduce((a, b) => a + b, 0);
    if (row.some((v) => !(v >= 0)) || Math.abs(sum - 1) > 1e-6) fail(`${name} is not a probability vector`);
  };
  checkDistribution(model.initial, "initial");
  if (model.transition.length !== k) fail("transition row count");
  model.transition.forEach((row, i) => checkDistribution(row, `transition[${i}]`));
  for (const [name, matrix] of [["means", model.means], ["variances", model.variances]] as const) {
    if (matrix.length !== k || matrix.some((row) => row.length !== d)) fail(`${name} shape`);
    if (matrix.some((row) => row.some((v) => !Number.isFinite(v)))) fail(`${name} not finite`);
  }
  if (model.variances.some((row) => row.some((v) => v <= 0))) fail("variances must be > 0");
}
