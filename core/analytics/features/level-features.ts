/**
 * Distances from the close to support/resistance: classic pivots of the last closed UTC day and clustered
 * swing levels of the base timeframe. Distances are relative (level / close − 1) so they compare across symbols.
 */
import { classicPivots } from "../levels/pivots.ts";
import { SwingLevels } from "../levels/swing-levels.ts";
import { cur } from "./bar-features.ts";
import type { FeatureBlock, FeatureSpec, FeatureState } from "./feature-block.ts";

const PIVOTS = ["p", "r1", "r2", "s1", "s2"] as const;
const SWING_STRENGTH = 3;

export function levelFeatures(baseBarsPerDay: number): FeatureBlock {
  const swings = new SwingLevels({ strength: SWING_STRENGTH });
  const specs: FeatureSpec[] = [
    ...PIVOTS.map((p) => ({ name: `lvl_pivot_${p}_dist`, warmupBars: 2 * baseBarsPerDay, description: `previous UTC day's classic pivot ${p.toUpperCase()} / close − 1` })),
    { name: "lvl_support_dist", warmupBars: 2 * SWING_STRENGTH + 1, description: "nearest clustered swing support / close − 1 (≤ 0); NaN when none" },
    { name: "lvl_resistance_dist", warmupBars: 2 * SWING_STRENGTH + 1, description: "nearest clustered swing resistance / close − 1 (≥ 0); NaN when none" },
    { name: "lvl_support_touches", warmupBars: 0, description: "swing points in the nearest support cluster; 0 when none" },
    { name: "lvl_resistance_touches", warmupBars: 0, description: "swing points in the nearest resistance cluster; 0 when none" },
  ];
  return {
    specs,
    write(state: FeatureState, out: Float64Array, at: number) {
      const base = state.base;
      const close = cur(base, base.close);
      swings.add(cur(base, base.high), cur(base, base.low));
      const day = state.daily;
      const pivots = day.has(0) ? classicPivots(cur(day, day.high), cur(day, day.low), cur(day, day.close)) : undefined;
      let i = at;
      for (const p of PIVOTS) out[i++] = pivots ? pivots[p] / close - 1 : NaN;
      const near = swings.nearest(close);
      out[i++] = near.support / close - 1;
      out[i++] = near.resistance / close - 1;
      out[i++] = near.supportTouches;
      out[i++] = near.resistanceTouches;
    },
  };
}
