/**
 * A stack of real processes (core on Node, edges on Deno) isolated in a ClickHouse database and a
 * temp folder of its own, with its own ingest token: what the end-to-end tests and bench/ingest.ts
 * run against.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, type ClickHouseClient } from "@clickhouse/client";
import { type ManagedProcess, spawnCore, spawnEdge } from "./processes.ts";

export interface CoreHandle {
  readonly process: ManagedProcess;
  readonly ingest: string;
  readonly http: string;
}

export interface TestStack {
  readonly database: string;
  readonly clickhouseUrl: string;
  readonly tokenFile: string;
  readonly dir: string;
  readonly client: ClickHouseClient;
  startCore(options?: { ingestPort?: number; env?: NodeJS.ProcessEnv; clickhouseUrl?: string }): Promise<CoreHandle>;
  startEdge(id: string, args: readonly string[], env?: NodeJS.ProcessEnv): ManagedProcess;
  close(): Promise<void>;
}

export function createIsolatedStack(name: string, clickhouseUrl: string): TestStack {
  const database = `e2e_${name}_${randomBytes(3).toString("hex")}`;
  const dir = mkdtempSync(join(tmpdir(), `e2e-${name}-`));
  const tokenFile = join(dir, "token");
  writeFileSync(tokenFile, randomBytes(24).toString("hex"), { mode: 0o600 });
  const client = createClient({ url: clickhouseUrl, database: "default" });
  const processes: ManagedProcess[] = [];
  return {
    database,
    clickhouseUrl,
    tokenFile,
    dir,
    client,
    async startCore(options = {}) {
      const core = spawnCore({
        CLICKHOUSE_URL: options.clickhouseUrl ?? clickhouseUrl,
        CLICKHOUSE_DATABASE: database,
        CORE_INGEST_PORT: String(options.ingestPort ?? 0),
        CORE_HTTP_PORT: "0",
        CORE_INGEST_TOKENS_FILE: tokenFile,
        ...options.env,
      });
      processes.push(core);
      const ready = await core.waitFor((l) => l.message === "core ready", 90_000);
      return { process: core, ingest: String(ready.ingest), http: String(ready.http) };
    },
    startEdge(id, args, env) {
      const edge = spawnEdge(id, ["--edge-id", id, "--token-file", tokenFile, "--spool", join(dir, "spool", id), ...args], { env });
      processes.push(edge);
      return edge;
    },
    async close() {
      await Promise.all(processes.map((p) => p.stop("SIGKILL", 2_000)));
      await client.command({ query: `DROP DATABASE IF EXISTS ${database}` }).catch(() => {});
      await client.close();
    },
  };
}

