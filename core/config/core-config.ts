/**
 * The core's configuration: one validated JSON file (optional) plus environment overrides, so a
 * container can be configured by env alone and a mistake fails at start-up with the field named.
 * Secrets (ingest tokens, ClickHouse password) may come from files so they never sit in a process list.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const Port = z.coerce.number().int().min(0).max(65535);

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
    flushMs: z.number().int().positive().default(200),
    maxBufferedBytes: z.number().int().positive().default(256 * 1024 * 1024),
  }).prefault({}),
  serviceName: z.string().default("core"),
});

export type CoreConfig = z.infer<typeof CoreConfigSchema>;

function readSecretFile(path: string): string {
  return readFileSync(path, "utf8").trim();
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
  if (env.CORE_ALLOW_INSECURE === "1") set("ingest", "allowInsecure", true);
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
