/**
 * One trace from the edge to the store: a local OTLP/HTTP receiver (what Jaeger speaks) collects
 * spans from both processes, and a sampled batch must show edge.normalize → uplink.send →
 * core.ingest → store.insert as a parent/child chain under one trace id, across the two services.
 */
import { createServer, type Server } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { createTestStack, sharedFile, waitUntil } from "./harness.ts";

interface ReceivedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
}

function startReceiver(): Promise<{ server: Server; url: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (req.url === "/v1/traces" && req.headers["content-type"]?.includes("json")) {
        const payload = JSON.parse(body);
        for (const rs of payload.resourceSpans ?? []) {
          const service = rs.resource?.attributes?.find((a: { key: string }) => a.key === "service.name")?.value?.stringValue ?? "";
          for (const ss of rs.scopeSpans ?? []) {
            for (const s of ss.spans ?? []) {
              spans.push({ service, name: s.name, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId ?? "" });
            }
          }
        }
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address() as { port: number };
      resolve({ server, url: `http://127.0.0.1:${address.port}`, spans });
    })
  );
}

const capture = sharedFile("exchange-captures/binance/binance-spot_2021-10-12.jsonl");

describe.skipIf(!capture)("tracing across edge and core", () => {
  const stack = createTestStack("tracing");
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  afterAll(async () => {
    await stack.close();
    receiver?.server.close();
  });

  it("links edge and core spans of a batch into one trace", async () => {
    receiver = await startReceiver();
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url };
    const core = await stack.startCore({ env });
    const edge = stack.startEdge(
      "e2e-trace",
      ["--venue", "binance", "--replay", capture!, "--core", core.ingest, "--until-done", "--trace-every", "1"],
      env,
    );
    expect(await edge.exited).toBe(0);
    const chainFound = () => {
      const byId = new Map(receiver.spans.map((s) => [s.spanId, s]));
      return receiver.spans.some((store) => {
        if (store.name !== "store.insert") return false;
        const ingest = byId.get(store.parentSpanId);
        const send = ingest && byId.get(ingest.parentSpanId);
        const normalize = send && byId.get(send.parentSpanId);
        return ingest?.name === "core.ingest" && send?.name === "uplink.send" && normalize?.name === "edge.normalize" &&
          normalize.parentSpanId === "" &&
          new Set([store.traceId, ingest.traceId, send.traceId, normalize.traceId]).size === 1 &&
          store.service === "core" && ingest.service === "core" &&
          send.service === "edge-binance" && normalize.service === "edge-binance";
      });
    };
    await waitUntil(chainFound, 20_000, "a complete edge → core span chain");
    expect(new Set(receiver.spans.map((s) => s.service))).toEqual(new Set(["core", "edge-binance"]));
  });
});
