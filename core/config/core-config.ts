/**
 * The core's configuration: one validated JSON file (optional) plus environment overrides, so a
 * container can be configured by env alone and a mistake fails at start-up with the field named.
 * Secrets (ingest tokens, ClickHouse password) may come from files so they never sit in a process list.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseTimeframe } from "../analytics/bars/timeframe.ts";
import { QuoteFuserConfigSchema } from "../analytics/fusion/quote-fuser.ts";

const Port = z.coerce.number().int().min(0).max(65535);

const Timeframe = z.string().superRefine((label, ctx) => {
  try {
    parseTimeframe(label);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
  }
});

/**
 * Live analytics (core/analytics/live): bars, feature vectors, regimes and fused quotes computed from the
 * ingest bus on event time, bars stored in ClickHouse. On by default; `enabled: false` turns all of it off.
 */
export const AnalyticsConfigSchema = z.object({
  enabled: z.boolean().default(true),
  /** Bar timeframes built, published on "bars.closed" and stored (1s is available but off by default). */
  timeframes: z.array(Timeframe).min(1).default(["1m", "5m"]),
  /** A bar still takes late trades (as an amendment) this long after its close, event time. */
  graceMs: z.number().int().min(0).default(2_000),
  /** Intervals without trades become zero-volume bars at the previous close (as the venues' candles do). */
  fillEmpty: z.boolean().default(true),
  /**
   * A venue silent this long (core monotonic clock) has its event-time watermark carried forward by the time
   * elapsed since, minus this lag, so its last bars still close; 0 turns it off. Wall clocks are never read.
   */
  idleCloseMs: z.number().int().min(0).default(5_000),
  /** A venue time further than this from the edge's receive stamp is not trusted: receive time is used. */
  maxClockSkewMs: z.number().int().positive().default(600_000),
  /** Levels kept per side of each order book the engine rebuilds from snapshots and deltas. */
  maxBookLevels: z.number().int().positive().default(1_000),
  /** Batches waiting for the engine (it runs between ingest callbacks); beyond this they are shed, counted. */
  maxQueuedBatches: z.number().int().positive().default(20_000),
  /**
   * At start-up, this many hours of stored ticks are replayed through the engine silently before it takes live
   * batches (live/warm-start.ts), so bars in progress, indicators and regimes continue instead of starting cold;
   * 0 starts cold.
   */
  warmupHours: z.number().min(0).max(24 * 30).default(6),
  features: z.object({
    enabled: z.boolean().default(true),
    /** Base timeframes of the vectors (one schema each). */
    timeframes: z.array(Timeframe).min(1).default(["1m"]),
    /** Context timeframes (default: the next three above each base). */
    contextTimeframes: z.array(Timeframe).optional(),
    /** Cross-asset reference symbol, e.g. BTC/USDT (absent: xa_* features are NaN). */
    reference: z.string().min(1).optional(),
    dtype: z.enum(["float64", "float32"]).default("float64"),
  }).prefault({}),
  regime: z.object({
    enabled: z.boolean().default(true),
    /** Must be one of `timeframes`. */
    timeframe: Timeframe.default("1m"),
    /** A fitted model (regime/regime-fit.ts JSON); without one the rule classifier decides. */
    modelFile: z.string().min(1).optional(),
    minConfidence: z.number().min(0).max(1).default(0.6),
  }).prefault({}),
  fusion: QuoteFuserConfigSchema.extend({
    enabled: z.boolean().default(true),
    /** At most one fused quote per symbol per this many ms of receive time; 0 = after every batch. */
    intervalMs: z.number().int().min(0).default(100),
  }).prefault({}),
  store: z.object({
    /** Store closed and amended bars in the `bars` table. */
    enabled: z.boolean().default(true),
    flushMs: z.number().int().positive().default(1_000),
    flushRows: z.number().int().positive().default(10_000),
    /** Bars held while ClickHouse is down; beyond this further bars are dropped and counted (their ticks stay stored). */
    maxPendingRows: z.number().int().positive().default(1_000_000),
  }).prefault({}),
}).superRefine((a, ctx) => {
  if (a.regime.enabled && !a.timeframes.includes(a.regime.timeframe)) {
    ctx.addIssue({ code: "custom", path: ["regime", "timeframe"], message: `regime timeframe ${a.regime.timeframe} is not among analytics.timeframes (${a.timeframes.join(",")})` });
  }
});

export type AnalyticsConfig = z.infer<typeof AnalyticsConfigSchema>;

export const CoreConfigSchema = z.object({
  ingest: z.object({
    host: z.string().default("127.0.0.1"),
    port: Port.default(50051),
    /** Bearer tokens edges must present; empty disables auth (refused unless allowInsecure). */
    tokens: z.array(z.string().min(16, "ingest tokens must be at least 16 characters")).default([]),
    allowInsecure: z.boolean().default(false),
    maxBatchBytes: z.number().int().positive().default(16 * 1024 * 1024),
    receiveWindowBytes: z.number().int().min(65_535).default(4 * 1024 * 1024),
    tls: z.object({ certFile: z.string(), keyFile: z.string() }).optional(),
  }).prefault({}),
  http: z.object({
    host: z.string().default("127.0.0.1"),
    port: Port.default(8080),
  }).prefault({}),
  clickhouse: z.object({
    url: z.string().url().optional(),
    database: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "database must be a plain identifier").default("market"),
    username: z.string().default("default"),
    password: z.string().default(""),
  }).prefault({}),
  store: z.object({
    flushRows: z.number().int().positive().default(100_000),
    /** Age at which buffered ticks are inserted (CORE_STORE_FLUSH_MS); see core/store/tick-writer.ts. */
    flushMs: z.number().int().positive().default(1_000),
    maxBufferedBytes: z.number().int().positive().default(256 * 1024 * 1024),
  }).prefault({}),
  analytics: AnalyticsConfigSchema.prefault({}),
  serviceName: z.string().default("core"),
});

export type CoreConfig = z.infer<typeof CoreConfigSchema>;

function readSecretFile(path: string): string {
  return readFileSync(path, "utf8").trim();
}

const list = (value: string | undefined) => value?.split(",").map((t) => t.trim()).filter(Boolean);
const flag = (value: string | undefined) => (value === undefined || value === "" ? undefined : !["0", "false", "off", "no"].includes(value.toLowerCase()));
const int = (value: string | undefined) => (value === undefined || value === "" ? undefined : Number(value));

/** CORE_ANALYTICS* overrides, into the (possibly nested) analytics section. */
function applyAnalyticsEnv(raw: Record<string, any>, env: NodeJS.ProcessEnv): void {
  const set = (path: string[], value: unknown) => {
    if (value === undefined) return;
    let node = (raw.analytics = { ...(raw.analytics ?? {}) });
    for (const key of path.slice(0, -1)) node = node[key] = { ...(node[key] ?? {}) };
    node[path.at(-1)!] = value;
  };
  set(["enabled"], flag(env.CORE_ANALYTICS));
  set(["timeframes"], list(env.CORE_ANALYTICS_TIMEFRAMES));
  set(["graceMs"], int(env.CORE_ANALYTICS_GRACE_MS));
  set(["idleCloseMs"], int(env.CORE_ANALYTICS_IDLE_CLOSE_MS));
  set(["warmupHours"], int(env.CORE_ANALYTICS_WARMUP_HOURS));
  set(["features", "timeframes"], list(env.CORE_ANALYTICS_FEATURE_TIMEFRAMES));
  set(["features", "reference"], env.CORE_ANALYTICS_REFERENCE || undefined);
  set(["regime", "timeframe"], env.CORE_ANALYTICS_REGIME_TIMEFRAME || undefined);
  set(["regime", "modelFile"], env.CORE_ANALYTICS_REGIME_MODEL || undefined);
  set(["store", "enabled"], flag(env.CORE_ANALYTICS_STORE));
}

/** Loads `path` (if given), applies env overrides, validates. Throws with every problem listed. */
export function loadCoreConfig(path: string | undefined, env: NodeJS.ProcessEnv = process.env): CoreConfig {
  let raw: Record<string, any> = {};
  if (path) {
    try {
      raw = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`config ${path}: ${(error as Error).message}`);
    }
  }
  const set = (section: string, key: string, value: unknown) => {
    if (value === undefined || value === "") return;
    raw[section] = { ...(raw[section] ?? {}), [key]: value };
  };
  set("ingest", "host", env.CORE_INGEST_HOST);
  set("ingest", "port", env.CORE_INGEST_PORT);
  set("http", "host", env.CORE_HTTP_HOST);
  set("http", "port", env.CORE_HTTP_PORT);
  set("clickhouse", "url", env.CLICKHOUSE_URL);
  set("clickhouse", "database", env.CLICKHOUSE_DATABASE);
  set("clickhouse", "username", env.CLICKHOUSE_USER);
  set("clickhouse", "password", env.CLICKHOUSE_PASSWORD_FILE ? readSecretFile(env.CLICKHOUSE_PASSWORD_FILE) : undefined);
  const tokens = env.CORE_INGEST_TOKENS_FILE
    ? readSecretFile(env.CORE_INGEST_TOKENS_FILE).split(/\s+/)
    : env.CORE_INGEST_TOKENS?.split(",");
  set("ingest", "tokens", tokens?.map((t) => t.trim()).filter(Boolean));
  set("store", "flushMs", int(env.CORE_STORE_FLUSH_MS));
  if (env.CORE_ALLOW_INSECURE === "1") set("ingest", "allowInsecure", true);
  applyAnalyticsEnv(raw, env);
  const parsed = CoreConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`invalid core config${path ? ` ${path}` : ""}:\n  ${problems.join("\n  ")}`);
  }
  if (parsed.data.ingest.tokens.length === 0 && !parsed.data.ingest.allowInsecure) {
    throw new Error("invalid core config: ingest.tokens is empty; set CORE_INGEST_TOKENS or allowInsecure for local use");
  }
  return parsed.data;
}
