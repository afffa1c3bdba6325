/**
 * The versioned feature schema models pin. The hash is sha256 over the canonical JSON (keys sorted, no
 * whitespace) of exactly what changes a model's input: schema version, dtype, base and context timeframes,
 * and the ordered feature names. Descriptions and warm-ups are documentation and stay out of the hash, so
 * rewording a description never invalidates a trained model, while renaming, reordering, adding a feature
 * or changing the dtype always does.
 */
import { createHash } from "node:crypto";
import type { FeatureLayout } from "./feature-layout.ts";

/** Bump when a feature's computation changes without its name changing. */
export const FEATURE_SCHEMA_VERSION = "features-v1";

export interface FeatureSchemaEntry {
  readonly name: string;
  readonly dtype: "float64" | "float32";
  readonly warmupBars: number;
  readonly description: string;
}

export interface FeatureSchema {
  readonly version: string;
  readonly dtype: "float64" | "float32";
  readonly baseTimeframe: string;
  readonly contextTimeframes: readonly string[];
  /** Values are NaN while a feature warms up (see warmupBars) or when its input is absent (no book, no reference). */
  readonly missingValue: "NaN";
  readonly features: readonly FeatureSchemaEntry[];
  readonly hash: string;
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function featureSchema(layout: FeatureLayout): FeatureSchema {
  const features = layout.createBlocks().flatMap((b) => b.specs.map((s) => ({ name: s.name, dtype: layout.dtype, warmupBars: s.warmupBars, description: s.description })));
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f.name)) throw new Error(`duplicate feature name ${f.name}`);
    seen.add(f.name);
  }
  const pinned = {
    version: FEATURE_SCHEMA_VERSION,
    dtype: layout.dtype,
    baseTimeframe: layout.base.label,
    contextTimeframes: layout.contexts.map((c) => c.label),
    features: features.map((f) => ({ name: f.name, dtype: f.dtype })),
  };
  const hash = createHash("sha256").update(canonicalJson(pinned)).digest("hex");
  return { version: pinned.version, dtype: pinned.dtype, baseTimeframe: pinned.baseTimeframe, contextTimeframes: pinned.contextTimeframes, missingValue: "NaN", features, hash };
}
