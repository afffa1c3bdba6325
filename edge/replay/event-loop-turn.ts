/**
 * A full turn of Deno's event loop on demand, for a replay that never waits on a socket.
 *
 * Live frames arrive as socket events, so between two frames Deno returns to its event loop and
 * drives pending I/O, the uplink's HTTP/2 writes included. A replay runs from memory: `setImmediate`
 * lets timers and callbacks run but does not give that full turn, and Deno's node:http2 sends what
 * was written only on one. Measured (Deno 2.9, a busy loop writing an HTTP/2 stream every ms and
 * yielding every ms): with setImmediate, writes reached a local server p50 68-200 ms / p99 240-850 ms
 * late; with a round trip over a loopback socket 1.1 ms / 5.5 ms, for ~20 µs per yield. A timer
 * (setTimeout 0) also gives the turn but costs ~2.3 ms each in Deno.
 *
 * So the replay yields by sending one byte to itself over a loopback TCP pair: the read completes
 * through Deno's I/O driver, exactly as a live frame would. Without network permission it falls back
 * to setImmediate (timers and the uplink still run, just flushed later).
 */
import { setImmediate } from "node:timers";

export interface EventLoopTurn {
  /** Resolves after Deno's event loop has polled its I/O once. */
  turn(): Promise<void>;
  close(): void;
}

const immediate: EventLoopTurn = {
  turn: () => new Promise((resolve) => setImmediate(resolve)),
  close: () => {},
};

export async function openEventLoopTurn(): Promise<EventLoopTurn> {
  let listener: Deno.TcpListener;
  try {
    listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  } catch {
    return immediate;
  }
  try {
    const [writer, reader] = await Promise.all([
      Deno.connect({ hostname: "127.0.0.1", port: listener.addr.port }),
      listener.accept(),
    ]);
    writer.setNoDelay(true);
    const byte = new Uint8Array(1);
    const sink = new Uint8Array(64);
    let closed = false;
    return {
      async turn() {
        if (closed) return;
        await writer.write(byte);
        await reader.read(sink);
      },
      close() {
        if (closed) return;
        closed = true;
        writer.close();
        reader.close();
      },
    };
  } catch {
    return immediate;
  } finally {
    listener.close();
  }
}
