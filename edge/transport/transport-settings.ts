/**
 * Tunables of the live transport, validated with zod so the edge's config file can embed them and a
 * typo fails at start-up with a clear message instead of silently falling back to a default.
 */
import { z } from "zod";

export const transportSettingsSchema = z.object({
  reconnect: z.object({
    baseMs: z.number().positive().default(500),
    capMs: z.number().positive().default(30_000),
    /** Open this long and the backoff starts over. */
    stableMs: z.number().positive().default(30_000),
  }).prefault({}),
  liveness: z.object({
    /** Silence before a probe; absent: twice the plan's heartbeat interval, at least 10 s. */
    silenceMs: z.number().positive().optional(),
    probeTimeoutMs: z.number().positive().default(5_000),
  }).prefault({}),
  snapshot: z.object({
    /** Per-venue REST weight per minute; stay under the venue's limit with room for other clients. */
    weightPerMinute: z.number().positive().default(1_200),
    maxAttempts: z.number().int().positive().default(5),
    maxConcurrent: z.number().int().positive().default(2),
    timeoutMs: z.number().positive().default(10_000),
    backoffBaseMs: z.number().positive().default(1_000),
    backoffCapMs: z.number().positive().default(60_000),
  }).prefault({}),
});

export type TransportSettings = z.infer<typeof transportSettingsSchema>;
export type TransportSettingsInput = z.input<typeof transportSettingsSchema>;

/** Silence threshold for one connection: explicit, else derived from the venue's heartbeat cadence. */
export function silenceMsFor(settings: TransportSettings, heartbeatIntervalMs: number | undefined): number {
  return settings.liveness.silenceMs ?? Math.max(10_000, 2 * (heartbeatIntervalMs ?? 0));
}
