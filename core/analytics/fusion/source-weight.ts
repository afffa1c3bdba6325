/**
 * How much one venue's quote is trusted right now, from its age and its edge's health report.
 *
 * Multiplicative factors, each in (0, 1], so one bad dimension cannot be hidden by good ones:
 * staleness decays by half-life, severity scales (RED is excluded outright — the edge itself has
 * said the data is wrong), latency and recent data-quality incidents shrink the weight smoothly.
 */
import { z } from "zod";
import type { Severity, SourceHealth } from "./quote-types.ts";

export const SourceWeightConfigSchema = z.object({
  /** Quotes older than this (receive clock) are excluded as stale. */
  maxAgeMs: z.number().positive().default(2_000),
  /** Weight halves every this many ms of quote age. */
  ageHalfLifeMs: z.number().positive().default(500),
  yellowFactor: z.number().min(0).max(1).default(0.4),
  /** Factor when no (fresh) health report exists for the venue. */
  unknownHealthFactor: z.number().min(0).max(1).default(0.7),
  /** Health reports older than this are treated as missing. */
  maxHealthAgeMs: z.number().positive().default(30_000),
  /** latencyFactor = 1 / (1 + p99 / latencyScaleMs). */
  latencyScaleMs: z.number().positive().default(250),
  /** qualityFactor = 1 / (1 + incidents × qualityPenalty), incidents = gaps + checksum failures + malformed + dropped + resyncs. */
  qualityPenalty: z.number().min(0).default(0.2),
});
export type SourceWeightConfig = z.input<typeof SourceWeightConfigSchema>;
type Cfg = z.infer<typeof SourceWeightConfigSchema>;

export type WeightVerdict =
  | { readonly ok: true; readonly weight: number; readonly severity: Severity | "UNKNOWN" }
  | { readonly ok: false; readonly reason: "stale" | "red_health"; readonly detail: string };

export function sourceWeight(ageMs: number, health: SourceHealth | undefined, nowNs: bigint, cfg: Cfg): WeightVerdict {
  if (ageMs > cfg.maxAgeMs) return { ok: false, reason: "stale", detail: `quote ${ageMs.toFixed(0)} ms old > ${cfg.maxAgeMs} ms` };
  const ageFactor = Math.pow(0.5, Math.max(ageMs, 0) / cfg.ageHalfLifeMs);
  const fresh = health !== undefined && (health.timeNs === undefined || Number(nowNs - health.timeNs) / 1e6 <= cfg.maxHealthAgeMs);
  if (!fresh) return { ok: true, weight: ageFactor * cfg.unknownHealthFactor, severity: "UNKNOWN" };
  if (health.severity === "RED") return { ok: false, reason: "red_health", detail: "edge reports RED health" };
  const severityFactor = health.severity === "YELLOW" ? cfg.yellowFactor : 1;
  const latency = Number.isFinite(health.latencyP99Ms) ? Math.max(health.latencyP99Ms, 0) : cfg.latencyScaleMs;
  const incidents =
    (health.gaps ?? 0) + (health.checksumFailures ?? 0) + (health.malformed ?? 0) + (health.dropped ?? 0) + (health.resyncs ?? 0);
  const weight = ageFactor * severityFactor / (1 + latency / cfg.latencyScaleMs) / (1 + incidents * cfg.qualityPenalty);
  return { ok: true, weight, severity: health.severity };
}
