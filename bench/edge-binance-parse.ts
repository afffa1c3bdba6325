/**
 * Binance adapter throughput on one core: real recorded frames (USD-M and spot BTCUSDT), held in
 * memory, fed through onFrame with books syncing and events going to a counting sink. Prints one JSON
 * line: messages per second for depth+trade traffic and for the full mix with bookTicker.
 * Run: npx deno run -A bench/edge-binance-parse.ts
 */
import { cpuUsage } from "node:process";
import { createBinanceAdapter } from "../edge/venues/binance.ts";
import type { BinanceVenue } from "../edge/venues/binance/markets.ts";
import { readCapture } from "../edge/replay/capture-records.ts";
import { sharedDataPath } from "../edge/replay/shared-data.ts";

interface Frame {
  readonly http: boolean;
  readonly text: string;
  readonly timeNs: bigint;
}

const utf8 = { encoder: new TextEncoder(), decoder: new TextDecoder() };

/**
 * A frame as a live socket hands it over: a string of its own, decoded from the frame's UTF-8 bytes
 * (the capture reader's lines are slices of 64 KB decompressed chunks, slower to index).
 */
export function asReceived(text: string): string {
  return utf8.decoder.decode(utf8.encoder.encode(text));
}

async function load(relative: string, keep: (text: string) => boolean): Promise<Frame[]> {
  const frames: Frame[] = [];
  for await (const r of readCapture(sharedDataPath(relative))) {
    if (r.kind === "http") frames.push({ http: true, text: asReceived(r.msg), timeNs: r.timeNs });
    else if (r.kind === "recv" && keep(r.msg)) {
      frames.push({ http: false, text: asReceived(r.msg), timeNs: r.timeNs });
    }
  }
  return frames;
}

/**
 * Messages per CPU-second of this process over repeated full passes (a fresh adapter each, so every
 * pass syncs). CPU time rather than wall time, so a busy shared machine does not deflate the figure.
 */
function measure(venue: BinanceVenue, frames: Frame[], minCpuMs = 2000): number {
  let messages = 0;
  let events = 0;
  const start = cpuUsage();
  const cpuMs = () => {
    const d = cpuUsage(start);
    return (d.user + d.system) / 1000;
  };
  while (cpuMs() < minCpuMs) {
    let key = "";
    const a = createBinanceAdapter(venue, {
      sink: () => void events++,
      requests: { send() {}, reconnect() {}, reportError() {}, requestSnapshot: (k) => (key = k) },
    });
    a.onOpen("c");
    for (const f of frames) {
      if (f.http) a.onSnapshot(key, f.text, f.timeNs);
      else a.onFrame("c", f.text, f.timeNs);
    }
    messages += frames.length;
    if (a.stats().sequenceGaps !== 0 || a.stats().malformed !== 0) {
      throw new Error("bench replay is not clean");
    }
  }
  return Math.round(messages / (cpuMs() / 1000));
}

const depthOrTrade = (m: string) => m.includes('"depthUpdate"') || m.includes('"e":"trade"');
const all = () => true;
const result: Record<string, number> = {};
for (
  const [name, venue, file] of [
    ["usdm_btcusdt", "binance-usdm", "exchange-captures/binance-recorded/usdm-btcusdt_20240808.gz"],
    ["spot_btcusdt", "binance", "exchange-captures/binance-recorded/spot-btcusdt_20240808.gz"],
    ["coinm_btcusd_perp", "binance-coinm", "exchange-captures/binance-recorded/cm-btcusd_perp_20240808.gz"],
  ] as const
) {
  result[`${name}_depth_trade_msgs_per_s`] = measure(venue, await load(file, depthOrTrade));
  result[`${name}_all_msgs_per_s`] = measure(venue, await load(file, all));
}
console.log(JSON.stringify({ bench: "edge-binance-parse", ...result }));
