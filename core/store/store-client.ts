/**
 * Opens the ClickHouse client the store uses, on its own database, creating the database first.
 * Works with 18.16: no server-side query parameters, 64-bit integers come back as JSON strings.
 * The client's own error log is off: every failure already reaches the caller (the tick writer
 * counts and reports its retries), and a ClickHouse outage would otherwise flood the logs.
 */
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from "@clickhouse/client";
import { quoteIdentifier } from "./sql-escape.ts";

export interface StoreClientOptions {
  url: string;
  database: string;
  username?: string;
  password?: string;
  /** Per-request timeout; inserts of 100k rows finish far inside the default 60 s. */
  requestTimeoutMs?: number;
}

export async function ensureDatabase(url: string, database: string, auth: { username?: string; password?: string } = {}): Promise<void> {
  const admin = createClient({ url, ...auth, log: { level: ClickHouseLogLevel.OFF } });
  try {
    await admin.command({ query: `CREATE DATABASE IF NOT EXISTS ${quoteIdentifier(database)}` });
  } finally {
    await admin.close();
  }
}

export async function openStoreClient(options: StoreClientOptions): Promise<ClickHouseClient> {
  const auth = { username: options.username, password: options.password };
  await ensureDatabase(options.url, options.database, auth);
  return createClient({
    url: options.url,
    database: options.database,
    ...auth,
    request_timeout: options.requestTimeoutMs ?? 60_000,
    log: { level: ClickHouseLogLevel.OFF },
  });
}
