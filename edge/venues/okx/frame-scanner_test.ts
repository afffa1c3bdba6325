/**
 * The OKX frame scanner never changes a result: field by field it reads what JSON.parse + the
 * adapter's field readers read, on every frame of the capture; adapters with and without it agree
 * on the capture and on damaged copies of every frame (see ../scanner-test-kit.ts).
 */
import assert from "node:assert/strict";
import { OkxAdapter } from "./adapter.ts";
import {
  BOOK,
  NONE,
  OkxFrameScanner,
  type OkxTradeFields,
  TICKER,
  TRADE_FIELDS,
  TRADES,
} from "./frame-scanner.ts";
import { type NumberedTextLevels, textLevels } from "../frame-fields.ts";
import { type SpelledLevels, spelledText } from "../../book/decimal-spelling.ts";
import { loadCapture } from "../test-captures.ts";
import { assertAcceptedIsJson, assertSameReplay, damaged, withDamage } from "../scanner-test-kit.ts";

const recs = await loadCapture("okx/okx-v5_2022-05-13.jsonl");
const ignore = recs === undefined;
const frames = () => recs!.filter((r) => r.kind === "recv").map((r) => r.msg);
const make = (o: ConstructorParameters<typeof OkxAdapter>[0], scanner: boolean) =>
  new OkxAdapter(o, { scanner });

/** The scanner's levels are textLevels': the same numbers, and spellings that give the same texts. */
function assertSameLevels(spelled: SpelledLevels, texts: NumberedTextLevels): void {
  // The scanner's reused arrays may hold stale entries past its levels.
  assert.deepEqual(spelled.numbers.slice(0, 2 * spelled.length), texts.numbers);
  assert.equal(spelled.length, texts.length);
  for (let i = 0; i < texts.length; i++) {
    const spelling = spelled.spellings[i];
    assert.deepEqual(
      [
        spelledText(spelled.numbers[2 * i], spelling & 255),
        spelledText(spelled.numbers[2 * i + 1], spelling >> 8),
      ],
      texts[i],
    );
  }
}

/** Trade rows read field by field, as the JSON rows they were read from. */
const tradeRows = (t: OkxTradeFields) =>
  Array.from({ length: t.count }, (_, r) => ({
    instId: t.instIds[r],
    tradeId: t.tradeIds[r],
    px: t.prices[r],
    sz: t.sizes[r],
    side: t.sides[r],
    ts: t.tsMs[r],
  }));

/** JSON rows with the fields read as numbers read that way (what the adapter does with them). */
// deno-lint-ignore no-explicit-any
const numbered = (rows: any[]) =>
  rows.map((r) => ({
    instId: r.instId,
    tradeId: r.tradeId,
    px: Number(r.px),
    sz: Number(r.sz),
    side: r.side,
    ts: Number(r.ts),
  }));

const copy = (levels: SpelledLevels) => ({
  numbers: levels.numbers.slice(0, 2 * levels.length),
  spellings: levels.spellings.slice(0, levels.length),
});

Deno.test({
  name:
    "okx scanner: every book and trade frame of the capture is read, field by field as JSON.parse reads it",
  ignore,
  fn() {
    const sc = new OkxFrameScanner();
    let books = 0;
    let trades = 0;
    let tickers = 0;
    for (const f of frames()) {
      const kind = sc.scan(f);
      // deno-lint-ignore no-explicit-any
      const m: any = f === "pong" ? {} : JSON.parse(f);
      const channel = m.arg?.channel;
      const readable = m.event === undefined && Array.isArray(m.data) && m.data.length > 0;
      if (readable && (channel === "books" || channel === "trades" || channel === "tickers")) {
        assert.notEqual(kind, NONE, f.slice(0, 200));
      }
      if (kind === NONE) continue;
      assert.equal(sc.channel, channel);
      assert.equal(sc.instId, m.arg.instId);
      if (kind === TRADES) {
        trades++;
        assert.deepEqual(sc.rows, m.data);
        continue;
      }
      if (kind === TRADE_FIELDS) {
        trades++;
        assert.deepEqual(tradeRows(sc.trades), numbered(m.data));
        continue;
      }
      if (kind === TICKER) {
        tickers++;
        const d = m.data[0];
        assert.equal(m.data.length, 1);
        const { instId, bidPrice, bidSize, askPrice, askSize, tsMs } = sc.ticker;
        assert.deepEqual(
          [instId, bidPrice, bidSize, askPrice, askSize, tsMs],
          [d.instId, Number(d.bidPx), Number(d.bidSz), Number(d.askPx), Number(d.askSz), Number(d.ts)],
        );
        continue;
      }
      assert.equal(kind, BOOK);
      books++;
      const d = m.data[0];
      assert.equal(m.data.length, 1);
      assert.equal(sc.action, m.action);
      assertSameLevels(sc.bids, textLevels(d.bids, "bids"));
      assertSameLevels(sc.asks, textLevels(d.asks, "asks"));
      assert.equal(sc.ts, d.ts);
      assert.equal(sc.checksum, d.checksum);
      assert.equal(sc.seqId, d.seqId);
      assert.equal(sc.prevSeqId, d.prevSeqId);
    }
    assert.equal(books, 290);
    assert.ok(trades > 0 && tickers > 0);
  },
});

Deno.test({
  name: "okx scanner: adapters with and without it give identical events, stats, checksums and tops",
  ignore,
  async fn() {
    const fast = await assertSameReplay(make, recs!);
    assert.equal(fast.stats.checksumsVerified, 290);
    assert.equal(fast.stats.malformed, 0);
  },
});

Deno.test({
  name:
    "okx scanner: damaged frames (truncated, cut numbers, retyped, huge, duplicated keys, garbage) as JSON.parse",
  ignore,
  async fn() {
    const damagedRecords = withDamage(recs!);
    const fast = await assertSameReplay(make, damagedRecords);
    assert.ok(fast.stats.malformed > 0);
    const sc = new OkxFrameScanner();
    const all = frames().flatMap((f, i) => damaged(f, i));
    assert.ok(assertAcceptedIsJson((f) => sc.scan(f) !== NONE, all) > 0);
  },
});

Deno.test({
  name: "okx scanner: `data` before `arg` is read the same (deferred), as the JSON path reads it",
  ignore,
  fn() {
    const sc = new OkxFrameScanner();
    let checked = 0;
    for (const f of frames()) {
      // deno-lint-ignore no-explicit-any
      const m: any = f === "pong" ? {} : JSON.parse(f);
      if (m.event !== undefined || m.data === undefined) continue;
      const inOrder = sc.scan(f);
      const bids = copy(sc.bids);
      const trades = inOrder === TRADE_FIELDS ? tradeRows(sc.trades) : [];
      const reordered = JSON.stringify({ data: m.data, action: m.action, arg: m.arg });
      const kind = sc.scan(reordered);
      // Trade rows out of OKX's order are read as records; tickers then go to JSON.parse.
      assert.equal(kind, inOrder === TRADE_FIELDS ? TRADES : inOrder === TICKER ? NONE : inOrder);
      if (kind === BOOK) assert.deepEqual(copy(sc.bids), bids);
      if (kind === TRADES) assert.deepEqual(numbered(sc.rows), trades);
      if (kind !== NONE) checked++;
    }
    assert.ok(checked > 290);
  },
});
