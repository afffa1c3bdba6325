/**
 * The Kraken v1 frame scanner never changes a result: on every book frame of the capture it reads
 * what JSON.parse + the adapter's field readers read; adapters with and without it agree on the
 * capture and on damaged copies of every frame (see ../scanner-test-kit.ts).
 */
import assert from "node:assert/strict";
import { KrakenV1Adapter } from "./v1.ts";
import { KrakenFrameScanner } from "./frame-scanner.ts";
import { secondsTextToNs, textLevels } from "../frame-fields.ts";
import { loadCapture } from "../test-captures.ts";
import { assertAcceptedIsJson, assertSameReplay, damaged, withDamage } from "../scanner-test-kit.ts";

const recs = await loadCapture("kraken/kraken-spot-v1_2021-04-17.jsonl");
const ignore = recs === undefined;
const frames = () => recs!.filter((r) => r.kind === "recv").map((r) => r.msg);
// deno-lint-ignore no-explicit-any
type Any = any;
const make = (o: ConstructorParameters<typeof KrakenV1Adapter>[0], scanner: boolean) =>
  new KrakenV1Adapter(o, { scanner });

Deno.test({
  name: "kraken scanner: every book frame of the capture is read, field by field as JSON.parse reads it",
  ignore,
  fn() {
    const sc = new KrakenFrameScanner();
    let books = 0;
    let snapshots = 0;
    for (const f of frames()) {
      const read = sc.scan(f);
      // deno-lint-ignore no-explicit-any
      const m: any = JSON.parse(f);
      const isBook = Array.isArray(m) && String(m[m.length - 2]).startsWith("book-");
      assert.equal(read, isBook, f.slice(0, 200));
      if (!read) continue;
      books++;
      const payloads = m.slice(1, -2);
      const snapshot = payloads.some((p: object) => "as" in p || "bs" in p);
      if (snapshot) snapshots++;
      assert.equal(sc.snapshot, snapshot);
      assert.equal(sc.channel, m[m.length - 2]);
      assert.equal(sc.pair, m[m.length - 1]);
      const [ak, bk] = snapshot ? ["as", "bs"] : ["a", "b"];
      const lists = (key: string) =>
        payloads.filter((p: Any) => p[key] !== undefined).map((p: Any) => p[key]);
      for (const [got, want, key] of [[sc.asks, lists(ak), ak], [sc.bids, lists(bk), bk]] as const) {
        assert.equal(got.length, want.length);
        for (let j = 0; j < got.length; j++) {
          assert.deepEqual(got[j], textLevels(want[j], key));
          assert.deepEqual(got[j].numbers, textLevels(want[j], key).numbers);
        }
      }
      let t = 0n;
      for (const key of [ak, bk]) {
        for (const list of lists(key)) {
          for (const level of list) {
            const ns = secondsTextToNs(level[2], "t");
            if (ns > t) t = ns;
          }
        }
      }
      assert.equal(sc.venueTimeNs, t);
      // deno-lint-ignore no-explicit-any
      const c = payloads.filter((p: any) => p.c !== undefined).map((p: any) => Number(p.c)).pop();
      assert.equal(sc.checksum, c);
    }
    assert.equal(books, 4279);
    assert.equal(snapshots, 10);
  },
});

Deno.test({
  name: "kraken scanner: adapters with and without it give identical events, stats, checksums and tops",
  ignore,
  async fn() {
    const fast = await assertSameReplay(make, recs!);
    assert.equal(fast.stats.checksumsVerified, 4269);
    assert.equal(fast.stats.malformed, 0);
  },
});

Deno.test({
  name:
    "kraken scanner: damaged frames (truncated, cut numbers, retyped, huge, duplicated keys, garbage) as JSON.parse",
  ignore,
  async fn() {
    const fast = await assertSameReplay(make, withDamage(recs!));
    assert.ok(fast.stats.malformed > 0);
    const sc = new KrakenFrameScanner();
    const all = frames().flatMap((f, i) => damaged(f, i));
    assert.ok(assertAcceptedIsJson((f) => sc.scan(f), all) > 0);
  },
});

Deno.test("kraken scanner: edge cases read as the JSON path reads them, or left to it", async () => {
  const frames = [
    // split update, checksum on the last payload; a republished level ("r")
    `[1,{"a":[["1.5","2.0","1618678133.1","r"]]},{"b":[["1.4","0.0","1618678133.25"]],"c":"123"},"book-10","X/Y"]`,
    // whitespace everywhere
    ` [ 1 , { "a" : [ [ "1.5" , "2.0" , "1618678133.1" ] ] , "c" : "0042" } , "book-10" , "X/Y" ] `,
    // snapshot payload beside an update key (ignored in a snapshot)
    `[1,{"as":[["1.5","2.0","1618678133"]],"bs":[["1.4","1","1618678134.000000001"]]},"book-10","X/Y"]`,
    `[1,{"as":[["1.5","2.0","1618678133"]],"a":[["9","9","9"]],"bs":[]},"book-10","X/Y"]`,
    // refused by both, or left to the JSON path
    `[1,{"a":[["1.5","2.0","1618678133.1234567891"]]},"book-10","X/Y"]`,
    `[1,{"a":[["1.5","2.0","1234567890123"]]},"book-10","X/Y"]`,
    `[1,{"a":[["1.5","2.0",1618678133]]},"book-10","X/Y"]`,
    `[1,{"a":[["1.5","2.0"]]},"book-10","X/Y"]`,
    `[1,{"a":[["1.5","2.0","1.5."]]},"book-10","X/Y"]`,
    `[1,{"a":[["1.5","2.0","1"]],"c":12},"book-10","X/Y"]`,
    `[1,{"a":[["1.5","2.0","1"]],"c":"12345678901"},"book-10","X/Y"]`,
    `[1,{"a":[["1.5","2.0","1"]]},"book-7","X/Y"]`,
    `[1,{"a":[["1.5","2.0","1"]]},"book-","X/Y"]`,
    `[1,{"a":[["1.5","2.0","1"]]},"book-10"]`,
    `[1,"book-10",{"a":[["1.5","2.0","1"]]},"X/Y"]`,
    `[1,{"a":[["1.5","2.0","1"]]},"book-10","X/Y","Z"]`,
    `[{"a":[["1.5","2.0","1"]]},"book-10","X/Y"]`,
  ];
  const records = [
    { kind: "connect" as const, conn: "c", url: "wss://ws.kraken.com", timeNs: 1n, ts: 0 },
    ...frames.map((msg, i) => ({ kind: "recv" as const, conn: "c", msg, timeNs: BigInt(i + 2), ts: 0 })),
  ];
  // deno-lint-ignore no-explicit-any
  await assertSameReplay(make, records as any);
  const sc = new KrakenFrameScanner();
  assert.equal(sc.scan(frames[0]), true);
  assert.equal(sc.checksum, 123);
  assert.equal(sc.venueTimeNs, 1618678133250000000n);
  assert.equal(sc.scan(frames[2]), true);
  assert.equal(sc.venueTimeNs, 1618678134000000001n);
  assert.equal(sc.scan(frames[4]), false);
});
