/**
 * Log-space arithmetic for HMM recursions.
 *
 * Forward/backward products of thousands of probabilities underflow to 0 in linear space; sums of
 * exponentials overflow. Working with logs and the max-shifted log-sum-exp keeps every quantity
 * finite on series of any length.
 */

/** log(Σ exp(values[i])) without overflow; -Infinity for an empty or all -Infinity input. */
export function logSumExp(values: ArrayLike<number>, start = 0, end = values.length): number {
  let max = -Infinity;
  for (let i = start; i < end; i++) if (values[i] > max) max = values[i];
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = start; i < end; i++) sum += Math.exp(values[i] - max);
  return max + Math.log(sum);
}

/**
 * out[j] = log Σ_i exp(logV[i]) · A[i][j]  (row vector times a row-major K×K matrix of linear
 * probabilities, with its logs in `logA`).
 *
 * Shifting by max(logV) makes the exponentials ≤ 1, so the K² inner work is multiplications
 * instead of K² exp() calls; only if a sum underflows (every reachable path astronomically
 * unlikely) does it recompute that entry term by term in exact log-space.
 */
export function logVecMat(logV: ArrayLike<number>, a: Float64Array, logA: Float64Array, k: number, out: Float64Array, scratch: Float64Array): void {
  let max = -Infinity;
  for (let i = 0; i < k; i++) if (logV[i] > max) max = logV[i];
  if (max === -Infinity) {
    out.fill(-Infinity);
    return;
  }
  for (let i = 0; i < k; i++) scratch[i] = Math.exp(logV[i] - max);
  for (let j = 0; j < k; j++) {
    let sum = 0;
    for (let i = 0; i < k; i++) sum += scratch[i] * a[i * k + j];
    out[j] = sum > 1e-280 ? max + Math.log(sum) : exactColumn(logV, logA, k, j);
  }
}

/** out[i] = log Σ_j A[i][j] · exp(logW[j])  (matrix times a column vector); see logVecMat. */
export function logMatVec(a: Float64Array, logA: Float64Array, logW: ArrayLike<number>, k: number, out: Float64Array, scratch: Float64Array): void {
  let max = -Infinity;
  for (let j = 0; j < k; j++) if (logW[j] > max) max = logW[j];
  if (max === -Infinity) {
    out.fill(-Infinity);
    return;
  }
  for (let j = 0; j < k; j++) scratch[j] = Math.exp(logW[j] - max);
  for (let i = 0; i < k; i++) {
    let sum = 0;
    for (let j = 0; j < k; j++) sum += a[i * k + j] * scratch[j];
    out[i] = sum > 1e-280 ? max + Math.log(sum) : exactRow(logA, logW, k, i);
  }
}

function exactColumn(logV: ArrayLike<number>, logA: Float64Array, k: number, j: number): number {
  const terms = new Float64Array(k);
  for (let i = 0; i < k; i++) terms[i] = logV[i] + logA[i * k + j];
  return logSumExp(terms);
}

function exactRow(logA: Float64Array, logW: ArrayLike<number>, k: number, i: number): number {
  const terms = new Float64Array(k);
  for (let j = 0; j < k; j++) terms[j] = logA[i * k + j] + logW[j];
  return logSumExp(terms);
}
