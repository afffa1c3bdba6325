/**
 * A throwaway database on a real ClickHouse, for tests and benches: each test file gets its own, so
 * files never see each other's rows, and drop() leaves the server as it found it.
 */
import { randomBytes } from "node:crypto";
import type { ClickHouseClient } from "@clickhouse/client";
import { quoteIdentifier } from "./sql-escape.ts";
import { openStoreClient } from "./store-client.ts";

export interface ScratchDatabase {
  url: string;
  database: string;
  client: ClickHouseClient;
  drop(): Promise<void>;
}

export async function createScratchDatabase(url: string, prefix: string): Promise<ScratchDatabase> {
  const database = `${prefix.replace(/[^A-Za-z0-9_]/g, "_")}_${randomBytes(4).toString("hex")}`;
  const client = await openStoreClient({ url, database });
  return {
    url,
    database,
    client,
    async drop() {
      await client.command({ query: `DROP DATABASE IF EXISTS ${quoteIdentifier(database)}` });
      await client.close();
    },
  };
}
