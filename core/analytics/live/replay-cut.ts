/**
 * Where a warm start's replay ends and live batches take over: per tick table and edge, the highest seq the
 * store held when the warm start began. The tick writer inserts each table's parts strictly in seq order, so
 * every part at or below that seq is in the table. The replay reads exactly those parts; from the batches that
 * arrive live afterwards (an edge resends everything after its last ack, and the new core's own inserts run
 * during the replay) exactly those parts are stripped. No tick counts twice and none is left out, even for a
 * batch the old core had stored only in some tables when it stopped.
 */
import type { ClickHouseClient } from "@clickhouse/client";
import type { ingest } from "../../../proto/gen/proto.js";
import { quoteIdentifier } from "../../store/sql-escape.ts";

/** The tick tables the engine reads, and the batch column each one stores. */
export const REPLAY_TABLES = { trades: "trades", book_snapshots: "bookSnapshots", book_deltas: "bookDeltas", bbo: "bbos" } as const;
export type ReplayTable = keyof typeof REPLAY_TABLES;
const TABLES = Object.keys(REPLAY_TABLES) as ReplayTable[];

export interface Stripped {
  /** The batch without its already replayed parts; null when nothing of it is left for the engine. */
  readonly batch: ingest.v1.ITickBatch | null;
  /** Events removed. */
  readonly events: number;
}

export class ReplayCut {
  constructor(private readonly maxSeq: Readonly<Record<ReplayTable, ReadonlyMap<string, number>>>) {}

  /**
   * Reads the cut from the store. Only rows from `sinceNs` on (by venue time, or with no venue time) are
   * looked at: older batches are not replayed, and an edge resends only what followed its last ack.
   */
  static async read(client: ClickHouseClient, sinceNs: bigint): Promise<ReplayCut> {
    const entries = await Promise.all(
      TABLES.map(async (table) => {
        const result = await client.query({
          query: `SELECT edge_id, toString(max(seq)) AS seq FROM ${quoteIdentifier(table)} WHERE venue_time_ns >= ${sinceNs} OR venue_time_ns = 0 GROUP BY edge_id`,
          format: "JSONEachRow",
        });
        const rows = await result.json<{ edge_id: string; seq: string }>();
        return [table, new Map(rows.map((r) => [r.edge_id, Number(r.seq)]))] as const;
      }),
    );
    return new ReplayCut(Object.fromEntries(entries) as Record<ReplayTable, Map<string, number>>);
  }

  /**
   * The cut of a replay that stopped early (failed, aborted): per edge no further than the last batch it
   * walked (the replay walks each edge's batches in seq order), so nothing it did not walk is stripped.
   */
  upTo(lastSeq: ReadonlyMap<string, number>): ReplayCut {
    const limit = (cut: ReadonlyMap<string, number>) => new Map([...cut].map(([edge, seq]) => [edge, Math.min(seq, lastSeq.get(edge) ?? 0)]));
    return new ReplayCut(Object.fromEntries(TABLES.map((t) => [t, limit(this.maxSeq[t])])) as Record<ReplayTable, Map<string, number>>);
  }

  /** True when this part of batch (edge, seq) was stored before the cut (so the replay covers it). */
  includes(table: ReplayTable, edgeId: string, seq: number): boolean {
    return seq <= (this.maxSeq[table].get(edgeId) ?? 0);
  }

  /** The live batch (edge, seq) less the parts the replay already walked. */
  strip(batch: ingest.v1.ITickBatch, edgeId: string, seq: number): Stripped {
    let out: ingest.v1.ITickBatch | undefined;
    let events = 0;
    let left = batch.health?.length ?? 0;
    for (const table of TABLES) {
      const column = REPLAY_TABLES[table];
      const n = batch[column]?.instrument?.length ?? 0;
      if (n === 0) continue;
      if (!this.includes(table, edgeId, seq)) {
        left += n;
        continue;
      }
      out ??= { ...batch };
      out[column] = null;
      events += n;
    }
    if (out === undefined) return { batch, events: 0 };
    return { batch: left > 0 ? out : null, events };
  }
}
