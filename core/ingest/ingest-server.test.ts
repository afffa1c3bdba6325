/**
 * The gRPC ingest server against the real tick writer and ClickHouse, driven by a raw grpc-js client
 * so the test controls every byte on the stream (corrupt and oversized batches included).
 */
import * as grpc from "@grpc/grpc-js";
import { trace } from "@opentelemetry/api";
import type { Http2Server, ServerHttp2Session } from "node:http2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { ingest } from "../../proto/gen/proto.js";
import { EventBus } from "../bus/event-bus.ts";
import type { CoreTopics, IngestedBatch } from "../bus/topics.ts";
import { fullBatch, tradesBatch } from "../store/sample-batches.ts";
import { createScratchDatabase, type ScratchDatabase } from "../store/scratch-database.ts";
import { TickWriter } from "../store/tick-writer.ts";
import { IngestServer } from "./ingest-server.ts";

const TOKEN = "test-token-0123456789abcdef";
const MAX_BATCH = 256 * 1024;

interface Client {
  acks: ingest.v1.Ack[];
  send(bytes: Uint8Array): void;
  waitFor(predicate: (ack: ingest.v1.Ack) => boolean): Promise<ingest.v1.Ack>;
  status: Promise<grpc.StatusObject>;
  end(): void;
}

describe("IngestServer", () => {
  let db: ScratchDatabase;
  let writer: TickWriter;
  let server: IngestServer;
  let port: number;
  const published: IngestedBatch[] = [];

  beforeAll(async () => {
    db = await createScratchDatabase(inject("clickhouseUrl"), "ingest_server");
    writer = new TickWriter({ client: db.client, flushIntervalMs: 20 });
    await writer.open();
    const bus = new EventBus<CoreTopics>();
    bus.subscribe("ingest.batch", (b) => published.push(b));
    server = new IngestServer({
      port: 0,
      tokens: [TOKEN],
      maxBatchBytes: MAX_BATCH,
      sink: writer,
      bus,
      tracer: trace.getTracer("test"),
      log: () => {},
    });
    port = await server.start();
  });

  afterAll(async () => {
    server.forceStop();
    await writer.close();
    await db.drop();
  });

  function open(edgeId: string, token = TOKEN): Client {
    const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const metadata = new grpc.Metadata();
    metadata.set("authorization", `Bearer ${token}`);
    metadata.set("x-edge-id", edgeId);
    const call = client.makeBidiStreamRequest<Uint8Array, ingest.v1.Ack>(
      "/ingest.v1.Ingest/Stream",
      (b) => Buffer.from(b),
      (b) => ingest.v1.Ack.decode(b),
      metadata,
    );
    const acks: ingest.v1.Ack[] = [];
    const waiters: Array<[(a: ingest.v1.Ack) => boolean, (a: ingest.v1.Ack) => void]> = [];
    call.on("data", (ack: ingest.v1.Ack) => {
      acks.push(ack);
      for (const w of [...waiters]) if (w[0](ack)) (waiters.splice(waiters.indexOf(w), 1), w[1](ack));
    });
    const status = new Promise<grpc.StatusObject>((resolve) => call.on("status", resolve));
    call.on("error", () => {});
    return {
      acks,
      send: (bytes) => call.write(bytes),
      waitFor: (predicate) => {
        const seen = acks.find(predicate);
        return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push([predicate, resolve]));
      },
      status,
      end: () => (call.end(), client.close()),
    };
  }

  const encode = (batch: ingest.v1.ITickBatch) => ingest.v1.TickBatch.encode(batch).finish();

  it("refuses a stream without a valid token", async () => {
    const client = open("edge-a", "wrong-token-wrong-token");
    const status = await client.status;
    expect(status.code).toBe(grpc.status.UNAUTHENTICATED);
    expect(server.stats().unauthenticated).toBeGreaterThanOrEqual(1);
  });

  it("acks only what is durable, drops resends, publishes accepted batches", async () => {
    const client = open("edge-b");
    client.send(encode(fullBatch("edge-b", 1)));
    client.send(encode(tradesBatch("edge-b", 2, 100)));
    await client.waitFor((a) => a.durableSeq === 2);
    const stored = await db.client.query({ query: "SELECT count() AS n FROM trades WHERE edge_id = 'edge-b'", format: "JSONEachRow" });
    const storedTrades = Number(((await stored.json()) as Array<{ n: string }>)[0].n);
    expect(storedTrades).toBeGreaterThanOrEqual(100);
    const before = server.stats().duplicateBatches;
    client.send(encode(tradesBatch("edge-b", 2, 100)));
    await client.waitFor((a) => a.durableSeq === 2 && client.acks.indexOf(a) > 1);
    expect(server.stats().duplicateBatches).toBe(before + 1);
    expect(published.filter((p) => p.edgeId === "edge-b").map((p) => p.seq)).toEqual([1, 2]);
    client.end();
  });

  it("measures edge → stored per batch when its ack says it is durable, a resent duplicate apart", async () => {
    const client = open("edge-s");
    const since = Date.now();
    const opened = (seq: number, agoMs: number) => ({ ...tradesBatch("edge-s", seq, 10), openedTimeUs: (Date.now() - agoMs) * 1000 });
    client.send(encode(opened(1, 5_000)));
    client.send(encode(opened(2, 4_000)));
    client.send(encode(opened(2, 3_000)));
    await client.waitFor((a) => a.durableSeq === 2);
    const stored = server.stats(since).edgeToStoredMs;
    expect(stored.samples).toBe(2);
    // Opened 5 s and 4 s before sending, so at least that long before they were stored (and not much more).
    expect(stored.max).toBeGreaterThanOrEqual(5_000);
    expect(stored.p50).toBeGreaterThanOrEqual(4_000);
    expect(stored.p50).toBeLessThan(5_000);
    client.end();
  });

  it("rejects corrupt and oversized batches with a clear status, and the stream goes on", async () => {
    const client = open("edge-c");
    // Field 1 with wire type 7: no such wire type, so decoding must fail.
    client.send(new Uint8Array([0x0f, 0x01, 0x02, 0x03]));
    const corrupt = await client.waitFor((a) => a.rejection != null);
    expect(corrupt.rejection!.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(corrupt.rejection!.message).toMatch(/corrupt batch/);

    client.send(new Uint8Array(MAX_BATCH + 1));
    const oversized = await client.waitFor((a) => a.rejection?.code === grpc.status.RESOURCE_EXHAUSTED);
    expect(oversized.rejection!.message).toMatch(/exceeds/);

    const misaligned = tradesBatch("edge-c", 1, 10);
    misaligned.trades!.price!.pop();
    client.send(encode(misaligned));
    const invalid = await client.waitFor((a) => a.rejection?.seq === 1);
    expect(invalid.rejection!.message).toMatch(/trades\.price has 9 values/);

    client.send(encode(tradesBatch("edge-c", 2, 10)));
    await client.waitFor((a) => a.durableSeq === 2);
    expect(server.stats().rejectedBatches).toBeGreaterThanOrEqual(3);
    client.end();
  });

  it("raises the HTTP/2 receive windows and frame size above grpc-js' defaults (pinned grpc-js internals)", async () => {
    const internals = server as unknown as { server: { http2Servers: Map<Http2Server, { sessions: Set<ServerHttp2Session> }> } };
    const client = open("edge-d");
    client.send(encode(tradesBatch("edge-d", 1, 5)));
    await client.waitFor((a) => a.durableSeq === 1);
    const sessions = [...internals.server.http2Servers.values()].flatMap((s) => [...s.sessions]);
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) {
      expect(session.localSettings.initialWindowSize).toBe(4 * 1024 * 1024);
      expect(session.localSettings.maxFrameSize).toBe(1024 * 1024);
      // The connection window shrinks as data arrives until the next WINDOW_UPDATE; the default is 64 KB.
      expect(session.state.localWindowSize).toBeGreaterThan(1024 * 1024);
    }
    client.end();
  });
});
