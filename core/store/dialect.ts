/**
 * Which ClickHouse we talk to. Debian's 18.16 lacks DateTime64, column codecs, stable
 * LowCardinality, query parameters and several formats; current servers have them all. Schema and
 * insert settings branch on this one value instead of probing features one by one.
 */
import type { ClickHouseClient } from "@clickhouse/client";

export type DialectKind = "legacy" | "modern";

export interface Dialect {
  kind: DialectKind;
  version: string;
}

/** 21.8 LTS is the oldest line with everything the modern schema uses (DateTime64(9), fromUnixTimestamp64Nano, codecs). */
const MODERN_FROM: [number, number] = [21, 8];

export function dialectOf(version: string): Dialect {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  if (!match) throw new Error(`unrecognised ClickHouse version "${version}"`);
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const modern = major > MODERN_FROM[0] || (major === MODERN_FROM[0] && minor >= MODERN_FROM[1]);
  return { kind: modern ? "modern" : "legacy", version: version.trim() };
}

export async function detectDialect(client: ClickHouseClient): Promise<Dialect> {
  const result = await client.query({ query: "SELECT version() AS version", format: "JSONEachRow" });
  const rows = await result.json<{ version: string }>();
  if (!rows[0]) throw new Error("SELECT version() returned no row");
  return dialectOf(rows[0].version);
}
