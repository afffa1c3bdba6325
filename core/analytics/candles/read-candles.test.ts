import { describe, expect, it } from "vitest";
import { parseCandles, readCandles } from "./read-candles.ts";
import { requireSharedCandles, SHARED_CANDLES } from "./shared-data.ts";

describe("parseCandles", () => {
  it("detects columns by header name in any order, with ms timestamps", () => {
    const csv = "close,open_time_ms,volume,low,high,open\n2,1700000000000,5,0.5,3,1\n";
    expect(parseCandles(csv)).toEqual([{ timeMs: 1700000000000, open: 1, high: 3, low: 0.5, close: 2, volume: 5 }]);
  });

  it("reads epoch seconds, ISO dates and unit suffixes", () => {
    const base = "open,high,low,close,volume\n";
    const row = ",1,2,0.5,1.5,10\n";
    const one = (header: string, cell: string) => parseCandles(`${header},${base.trim()}\n${cell}${row}`)[0].timeMs;
    expect(one("timestamp", "1700000000")).toBe(1700000000000);
    expect(one("date", "2021-12-31T23:01:00Z")).toBe(Date.parse("2021-12-31T23:01:00Z"));
    expect(one("time_s", "1700000000.5")).toBe(1700000000500);
    expect(one("timestamp", "1700000000000000000")).toBe(1700000000000);
  });

  it("prefers the numeric epoch column when the file also has an ISO one", () => {
    const csv = "time_utc,time_ms,open,high,low,close,volume_usd\n2021-12-31T23:01:00Z,1640991660001,1,2,0.5,1.5,10\n";
    expect(parseCandles(csv)[0].timeMs).toBe(1640991660001);
  });

  it("keeps a missing volume as NaN (mark-price candles) instead of inventing 0", () => {
    const csv = "open_time_ms,open,high,low,close,volume\n1,1,2,0.5,1.5,\n";
    expect(parseCandles(csv)[0].volume).toBeNaN();
    expect(parseCandles("time,open,high,low,close\n1700000000,1,2,0.5,1.5\n")[0].volume).toBeNaN();
  });

  it("rejects malformed input with the line number", () => {
    expect(() => parseCandles("")).toThrow(/empty file/);
    expect(() => parseCandles("open,high,low,close\n1,2,3,4\n")).toThrow(/no timestamp column/);
    expect(() => parseCandles("time,open,high,low\n1,2,3,4\n")).toThrow(/no "close" column/);
    expect(() => parseCandles("time,open,high,low,close\n1,2,3,4,5\n2,2,x,4,5\n", "f.csv")).toThrow(/f\.csv:3: bad high "x"/);
    expect(() => parseCandles("time,open,high,low,close\nnope,2,3,4,5\n")).toThrow(/:2: bad timestamp/);
  });
});

describe("readCandles on the recorded files", () => {
  const ftx = requireSharedCandles(SHARED_CANDLES.ftxBtcPerp1m);
  const bittrex = requireSharedCandles(SHARED_CANDLES.bittrexEthBtc1m);

  it.skipIf(!ftx)("reads the FTX BTC-PERP month (time_ms, volume_usd)", () => {
    const c = readCandles(ftx!);
    expect(c).toHaveLength(45031);
    expect(c[0]).toEqual({ timeMs: 1640991660000, open: 46319, high: 46385, low: 46319, close: 46377, volume: 2300413.7295 });
    expect(c.every((b, i) => i === 0 || b.timeMs > c[i - 1].timeMs)).toBe(true);
  });

  it.skipIf(!bittrex)("reads a bittrex file (open_time_ms, volume_base first of two volume columns)", () => {
    const c = readCandles(bittrex!);
    expect(c).toHaveLength(14397);
    expect(c[0]).toEqual({ timeMs: 1516423980000, open: 0.08939998, high: 0.08939998, low: 0.08909372, close: 0.08909374, volume: 81.45320695 });
  });
});
