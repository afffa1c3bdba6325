import assert from "node:assert/strict";
import http2 from "node:http2";
import { openEventLoopTurn } from "./event-loop-turn.ts";

Deno.test("event-loop turn: an HTTP/2 write goes out while the writer yields only through turns", async () => {
  const server = http2.createServer();
  let received = "";
  server.on("stream", (stream) => {
    stream.on("data", (chunk: Uint8Array) => (received += new TextDecoder().decode(chunk)));
    stream.on("end", () => {
      stream.respond({ ":status": 200 });
      stream.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const session = http2.connect(`http://127.0.0.1:${port}`);
  const request = session.request({ ":method": "POST", ":path": "/" });
  await new Promise((resolve) => request.once("ready", resolve));
  const loop = await openEventLoopTurn();
  try {
    request.write("tick\n");
    // A replay's busy loop: no timer, no socket wait of its own, only turns.
    let turns = 0;
    while (!received.includes("tick") && turns < 50) {
      await loop.turn();
      turns++;
    }
    assert.equal(received, "tick\n", `the write had not reached the server after ${turns} turns`);
  } finally {
    loop.close();
    request.end();
    await new Promise((resolve) => request.once("close", resolve));
    session.close();
    await new Promise((resolve) => server.close(resolve));
  }
});

Deno.test("event-loop turn: turns can repeat and close is idempotent", async () => {
  const loop = await openEventLoopTurn();
  for (let i = 0; i < 100; i++) await loop.turn();
  loop.close();
  loop.close();
  // After close a turn is a no-op, not a read on a closed socket.
  await loop.turn();
});
