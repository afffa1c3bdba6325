/**
 * Which blocks make up the vector for a base timeframe, in order. This list IS the schema: the schema's names
 * come from the same blocks that compute the values, so they cannot disagree.
 */
import { z } from "zod";
import { parseTimeframe, type Timeframe } from "../bars/timeframe.ts";
import { barFeatures } from "./bar-features.ts";
import { bookFeatures } from "./book-features.ts";
import { contextFeatures } from "./context-features.ts";
import { crossAssetFeatures } from "./cross-asset-features.ts";
import type { FeatureBlock } from "./feature-block.ts";
import { BASE_INDICATORS, CONTEXT_INDICATORS, indicatorFeatures } from "./indicator-features.ts";
import { levelFeatures } from "./level-features.ts";
import { patternFeatures } from "./pattern-features.ts";
import { timeFeatures } from "./time-features.ts";

/** Timeframes a context may be drawn from; the default context is the next three above the base. */
const LADDER = ["1s", "1m", "5m", "15m", "1h", "4h", "1d"];
const DAY = parseTimeframe("1d");

export const layoutConfigSchema = z.object({
  baseTimeframe: z.string().default("1m"),
  contextTimeframes: z.array(z.string()).optional(),
  dtype: z.enum(["float64", "float32"]).default("float64"),
});
export type LayoutConfig = z.input<typeof layoutConfigSchema>;

export interface FeatureLayout {
  readonly base: Timeframe;
  readonly contexts: readonly Timeframe[];
  readonly dtype: "float64" | "float32";
  /** Builds a fresh set of blocks (per-symbol state) in vector order. */
  createBlocks(): FeatureBlock[];
}

export function featureLayout(config: LayoutConfig = {}): FeatureLayout {
  const parsed = layoutConfigSchema.parse(config);
  const base = parseTimeframe(parsed.baseTimeframe);
  const defaultContexts = LADDER.map(parseTimeframe).filter((t) => t.durationNs > base.durationNs).slice(0, 3);
  const contexts = parsed.contextTimeframes ? parsed.contextTimeframes.map(parseTimeframe) : defaultContexts;
  for (const c of contexts) {
    if (c.durationNs <= base.durationNs || c.durationNs % base.durationNs !== 0n) {
      throw new Error(`context timeframe ${c.label} must be a multiple of the base timeframe ${base.label}`);
    }
  }
  if (DAY.durationNs % base.durationNs !== 0n) throw new Error(`base timeframe ${base.label} must divide a day`);
  const ratio = (t: Timeframe) => Number(t.durationNs / base.durationNs);
  return {
    base,
    contexts,
    dtype: parsed.dtype,
    createBlocks: () => [
      barFeatures(),
      indicatorFeatures(BASE_INDICATORS, "ind_", (s) => s.base, 1),
      patternFeatures(),
      levelFeatures(ratio(DAY)),
      bookFeatures(),
      timeFeatures(),
      crossAssetFeatures(),
      ...contexts.flatMap((c, i) => [
        contextFeatures(i, c.label, ratio(c)),
        indicatorFeatures(CONTEXT_INDICATORS, `ctx${c.label}_ind_`, (s) => s.context[i], ratio(c)),
      ]),
    ],
  };
}
