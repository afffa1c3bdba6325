/** Public surface of the indicator library (used by the feature engine, CLI and benchmarks). */
export type { Fields, Indicator, Output } from "./indicator.ts";
export { runBatch, batchColumns, type Column } from "./batch.ts";
export { IndicatorSet } from "./indicator-set.ts";
export {
  INDICATORS,
  IndicatorArgumentError,
  outputColumns,
  parseIndicator,
  type IndicatorRequest,
  type IndicatorSpec,
  type ParamSpec,
} from "./registry.ts";
export type { Series } from "./series/series.ts";
