/**
 * Thresholds of the health monitor, validated with zod so they live in the edge's config file.
 */
import { z } from "zod";

export const healthPolicySchema = z.object({
  /** Window of latency percentiles, message rates and "recent" counters. */
  windowMs: z.number().positive().default(60_000),
  /** How often every row is re-judged (changes are emitted at once). */
  evaluateEveryMs: z.number().positive().default(1_000),
  /** How often every row is emitted even without a change (the core's heartbeat of edge health). */
  emitEveryMs: z.number().positive().default(10_000),
  /** p99 receive − venue latency above this is YELLOW. */
  latencyYellowP99Ms: z.number().positive().default(1_000),
  /** A connection down longer than this is RED (shorter: YELLOW, reconnecting). */
  downRedAfterMs: z.number().positive().default(15_000),
  /** Levels per side kept in the health monitor's replica of each forwarded book. */
  bookDepth: z.number().int().positive().default(1_000),
  book: z.object({
    maxSpreadBps: z.number().positive().default(50),
    minLevels: z.number().int().nonnegative().default(5),
    staleAfterMs: z.number().positive().default(30_000),
    invalidRedAfterMs: z.number().positive().default(15_000),
  }).prefault({}),
});

export type HealthPolicy = z.infer<typeof healthPolicySchema>;
export type HealthPolicyInput = z.input<typeof healthPolicySchema>;
