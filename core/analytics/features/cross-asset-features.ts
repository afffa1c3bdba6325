/**
 * Co-movement with a reference asset (BTC by default): rolling correlation and beta of base-bar log returns,
 * and relative strength (own log return minus the reference's). The reference must have closed the same bar;
 * the universe closes the reference first at every close so this holds live and in replay.
 */
import type { FeatureBlock, FeatureSpec, FeatureState } from "./feature-block.ts";
import { corrBeta, logReturnBack } from "./window-stats.ts";

const CORR_WINDOWS = [30, 120];
const STRENGTH_HORIZONS = [15, 60];

const SPECS: FeatureSpec[] = [
  ...CORR_WINDOWS.flatMap((n) => [
    { name: `xa_corr_${n}`, warmupBars: n + 1, description: `correlation of log returns with the reference, ${n} bars` },
    { name: `xa_beta_${n}`, warmupBars: n + 1, description: `beta of log returns on the reference's, ${n} bars` },
  ]),
  ...STRENGTH_HORIZONS.map((n) => ({ name: `xa_rel_strength_${n}`, warmupBars: n + 1, description: `own log return − reference log return over ${n} bars` })),
  { name: "xa_ref_ret_1", warmupBars: 2, description: "reference log return of the bar" },
  { name: "xa_ref_ret_15", warmupBars: 16, description: "reference log return over 15 bars" },
];

export function crossAssetFeatures(): FeatureBlock {
  return {
    specs: SPECS,
    write(state: FeatureState, out: Float64Array, at: number) {
      const ref = state.reference;
      let i = at;
      for (const n of CORR_WINDOWS) {
        const { corr, beta } = ref ? corrBeta(state.base, ref, n) : { corr: NaN, beta: NaN };
        out[i++] = corr;
        out[i++] = beta;
      }
      for (const n of STRENGTH_HORIZONS) out[i++] = ref ? logReturnBack(state.base, n) - logReturnBack(ref, n) : NaN;
      out[i++] = ref ? logReturnBack(ref, 1) : NaN;
      out[i++] = ref ? logReturnBack(ref, 15) : NaN;
    },
  };
}
