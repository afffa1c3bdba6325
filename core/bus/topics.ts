/** The core bus's topics and their payloads. Later stages (bars, features, signals) add theirs here. */
import type { ingest } from "../../proto/gen/proto.js";

export interface IngestedBatch {
  readonly edgeId: string;
  readonly seq: number;
  /** The decoded columnar batch; use core/ingest/batch-view.ts to walk its events. */
  readonly batch: ingest.v1.TickBatch;
  /** Core clock when the batch was decoded, ns. */
  readonly receivedNs: bigint;
}

export interface CoreTopics {
  /** A batch accepted from an edge (before it is durable: analytics should not wait on storage). */
  "ingest.batch": IngestedBatch;
}
