/**
 * A local venue for exercising the live transport: a real WebSocket + HTTP server on 127.0.0.1 that
 * replays recorded capture frames and REST snapshots, and misbehaves on request (drops the socket
 * mid-stream, goes silent without closing, stays quiet but answers heartbeats, refuses a
 * subscription with the venue's error frame, rate-limits REST with 429 + Retry-After). Tests and demos
 * use it; production never imports it. Reading captures is the replay module's job (capture-records.ts).
 */

/** How the server treats the n-th WebSocket connection (0-based). */
export interface ConnectionScript {
  /** Frames of the capture to send (from the start); default all. */
  readonly frames?: number;
  /** After the frames: close the socket, go silent (ignore everything), or keep answering. */
  readonly then?: "close" | "silent" | "answer";
  /** Reply to a received frame (heartbeats, probes); undefined sends nothing. */
  readonly answer?: (frame: string) => string | undefined;
  /** Sent instead of the replay once the first subscribe frame arrives. */
  readonly rejectWith?: string;
}

/** How the server answers the n-th REST request (0-based); undefined serves the recorded body. */
export type RestScript = (n: number, path: string) => { status: number; retryAfter?: string } | undefined;

export interface CaptureVenueServerOptions {
  /** Frames sent on every connection, in order. */
  readonly frames: readonly string[];
  /** REST bodies keyed by path + query (host-independent). */
  readonly snapshots?: ReadonlyMap<string, string>;
  readonly connection?: (n: number) => ConnectionScript;
  readonly rest?: RestScript;
  /** Frames sent per macrotask: the replay stays fast yet lets the client interleave. */
  readonly burst?: number;
}

export interface CaptureVenueServer {
  readonly port: number;
  readonly origin: string;
  /** Connections accepted so far, and the frames each one received from the client. */
  readonly connections: { received: string[]; url: string }[];
  readonly restRequests: { path: string; status: number }[];
  /** Maps a venue URL (wss://host/path, https://host/path) onto this server; loopback URLs stay. */
  rewrite(url: string): string;
  close(): Promise<void>;
}

/** path + query of a URL, the key snapshots are served by. */
export function pathKey(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

export function startCaptureVenueServer(options: CaptureVenueServerOptions): CaptureVenueServer {
  const connections: { received: string[]; url: string }[] = [];
  const restRequests: { path: string; status: number }[] = [];
  const sockets = new Set<WebSocket>();
  const burst = options.burst ?? 50;
  let closing = false;

  async function replay(socket: WebSocket, script: ConnectionScript): Promise<void> {
    const limit = Math.min(script.frames ?? Infinity, options.frames.length);
    for (let i = 0; i < limit && !closing; i++) {
      if (socket.readyState !== WebSocket.OPEN) return;
      socket.send(options.frames[i]);
      if (i % burst === burst - 1) await new Promise((r) => setTimeout(r, 0));
    }
    if (script.then === "close" && socket.readyState === WebSocket.OPEN) socket.close(1001, "going away");
  }

  function accept(req: Request): Response {
    const n = connections.length;
    const script = options.connection?.(n) ?? {};
    const record = { received: [] as string[], url: req.url };
    connections.push(record);
    const { socket, response } = Deno.upgradeWebSocket(req);
    sockets.add(socket);
    let replaying = false;
    let replayDone = false;
    const start = () => {
      if (replaying) return;
      replaying = true;
      replay(socket, script).finally(() => (replayDone = true));
    };
    socket.onopen = () => {
      if (script.rejectWith === undefined) start();
    };
    socket.onmessage = (ev) => {
      const text = String(ev.data);
      record.received.push(text);
      if (script.rejectWith !== undefined) {
        socket.send(script.rejectWith);
        return;
      }
      if (replayDone && script.then === "silent") return;
      const reply = script.answer?.(text);
      if (reply !== undefined && socket.readyState === WebSocket.OPEN) socket.send(reply);
    };
    socket.onclose = () => sockets.delete(socket);
    socket.onerror = () => sockets.delete(socket);
    return response;
  }

  function rest(req: Request): Response {
    const path = pathKey(req.url);
    const n = restRequests.length;
    const override = options.rest?.(n, path);
    if (override) {
      restRequests.push({ path, status: override.status });
      const headers = override.retryAfter === undefined ? undefined : { "retry-after": override.retryAfter };
      return new Response(JSON.stringify({ code: -1003, msg: "Too many requests." }), {
        status: override.status,
        headers,
      });
    }
    const body = options.snapshots?.get(path);
    restRequests.push({ path, status: body === undefined ? 404 : 200 });
    return body === undefined
      ? new Response(JSON.stringify({ code: -1121, msg: "Invalid symbol." }), { status: 404 })
      : new Response(body, { headers: { "content-type": "application/json" } });
  }

  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (req) => {
    if (req.headers.get("upgrade")?.toLowerCase() === "websocket") return accept(req);
    return rest(req);
  });
  const port = server.addr.port;
  const origin = `127.0.0.1:${port}`;
  return {
    port,
    origin,
    connections,
    restRequests,
    rewrite(url: string): string {
      const u = new URL(url);
      if (u.hostname === "127.0.0.1") return url;
      const scheme = u.protocol === "wss:" || u.protocol === "ws:" ? "ws:" : "http:";
      return `${scheme}//${origin}${u.pathname}${u.search}`;
    },
    async close(): Promise<void> {
      closing = true;
      for (const s of sockets) {
        try {
          s.close(1001, "server shutdown");
        } catch {
          // already closing
        }
      }
      await server.shutdown();
    },
  };
}
