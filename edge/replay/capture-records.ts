/**
 * The two capture formats, read into one record shape:
 *  - uniform JSON lines (`*.jsonl`): `{ts (epoch ms, fraction), kind, conn, url?, msg}` per line;
 *  - Binance raw recordings (`binance-recorded/*.gz`): `<epoch ns> <raw JSON>` per line, where the one
 *    REST depth snapshot is the line whose JSON starts with `lastUpdateId`.
 * A line that fits neither is returned as `malformed` so the replay counts it and goes on.
 */
import { readLineChunks } from "./lines.ts";
import { msTextToNs, nsTextToNs } from "./receive-time.ts";

export type RecordKind = "connect" | "send" | "recv" | "http";

export interface CaptureRecord {
  readonly kind: RecordKind;
  readonly conn: string;
  /** WebSocket URL on connect/send, GET URL on http; "" when the capture does not say. */
  readonly url: string;
  readonly msg: string;
  readonly timeNs: bigint;
}

export interface MalformedLine {
  readonly kind: "malformed";
  readonly line: number;
  readonly reason: string;
}

export type CaptureFormat = "uniform" | "raw-ns";

/** The connection id raw recordings are replayed on (they hold one connection). */
export const RAW_CONNECTION = "recorded.ws.0";

const KINDS: ReadonlySet<string> = new Set(["connect", "send", "recv", "http"]);

export function captureFormat(path: string): CaptureFormat {
  return /\.jsonl(\.gz)?$/.test(path) ? "uniform" : "raw-ns";
}

export interface CaptureReadOptions {
  /** A rotated file that continues the previous one's connection (no connect record of its own). */
  readonly continues?: boolean;
  /** Prepended to every connection id, so files replayed together keep their connections apart. */
  readonly connectionPrefix?: string;
}

export type CaptureItem = CaptureRecord | MalformedLine;

/** Lines parsed per array handed on (~0.5 ms of work). */
const PARSE_SLICE = 512;

/**
 * Records of one capture file in file order. A raw recording opens its one connection at its first
 * record; a rotated continuation file therefore replays as a reconnect unless it is read with
 * `{ continues: true }`.
 */
export async function* readCapture(path: string, options: CaptureReadOptions = {}): AsyncGenerator<CaptureItem> {
  for await (const items of readCaptureChunks(path, options)) yield* items;
}

/** The same records in arrays of up to PARSE_SLICE: what replay consumes (one async step per array). */
export async function* readCaptureChunks(path: string, options: CaptureReadOptions = {}): AsyncGenerator<CaptureItem[]> {
  const raw = captureFormat(path) === "raw-ns";
  const prefix = options.connectionPrefix ?? "";
  const symbolOfSnapshot = raw ? snapshotSymbolTagger() : (record: CaptureRecord) => record;
  // Raw recordings have no connect record: open their one connection at the first record's time.
  let opened = !raw || options.continues === true;
  let n = 0;
  for await (const lines of readLineChunks(path)) {
    // Parsed a slice at a time: a whole 256 KB chunk at once would block a paced replay's event loop
    // (batch timer, uplink) for ~10 ms.
    for (let from = 0; from < lines.length; from += PARSE_SLICE) {
      const items = parseSlice(lines, from, Math.min(lines.length, from + PARSE_SLICE));
      if (items.length > 0) yield items;
    }
  }

  function parseSlice(lines: string[], from: number, to: number): CaptureItem[] {
    const items: CaptureItem[] = [];
    for (let l = from; l < to; l++) {
      const line = lines[l];
      n++;
      if (line.trim() === "") continue;
      let record = raw ? parseRawLine(line, n) : parseUniformLine(line, n);
      if (record.kind !== "malformed") {
        record = symbolOfSnapshot(record);
        if (prefix !== "") record = { ...record, conn: prefix + record.conn };
        if (!opened) {
          opened = true;
          items.push({ kind: "connect", conn: prefix + RAW_CONNECTION, url: "", msg: "", timeNs: record.timeNs });
        }
      }
      items.push(record);
    }
    return items;
  }
}

/**
 * A raw recording's REST snapshot line holds no symbol, so replay could only match it to "any"
 * pending request: wrong as soon as two recordings replay together. Its symbol is the one the
 * recording's stream frames (`"s":"BTCUSDT"`) carry before it.
 */
function snapshotSymbolTagger(): (record: CaptureRecord) => CaptureRecord {
  let symbol = "";
  return (record) => {
    if (record.kind === "recv" && symbol === "") {
      symbol = /"s":"([^"]+)"/.exec(record.msg.slice(0, 300))?.[1] ?? "";
    } else if (record.kind === "http" && record.url === "" && symbol !== "") {
      return { ...record, url: `?symbol=${encodeURIComponent(symbol)}` };
    }
    return record;
  };
}

export function parseUniformLine(line: string, n: number): CaptureRecord | MalformedLine {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return { kind: "malformed", line: n, reason: "bad JSON" };
  }
  if (typeof obj !== "object" || obj === null) return { kind: "malformed", line: n, reason: "not an object" };
  const r = obj as Record<string, unknown>;
  if (typeof r.kind !== "string" || !KINDS.has(r.kind)) {
    return { kind: "malformed", line: n, reason: "unknown kind" };
  }
  if (typeof r.conn !== "string") return { kind: "malformed", line: n, reason: "no conn" };
  // The exact decimal text of ts: JSON.parse would round it to a float. Inside `msg` every quote is
  // escaped, so the first `"ts":` is the record's own field.
  const at = line.indexOf('"ts":');
  const tsText = at < 0 ? "" : /^\s*([0-9.]+)/.exec(line.slice(at + 5, at + 40))?.[1] ?? "";
  const timeNs = msTextToNs(tsText);
  if (timeNs === undefined) return { kind: "malformed", line: n, reason: "bad ts" };
  const msg = typeof r.msg === "string" ? r.msg : "";
  if ((r.kind === "recv" || r.kind === "http") && typeof r.msg !== "string") {
    return { kind: "malformed", line: n, reason: "no msg" };
  }
  return {
    kind: r.kind as RecordKind,
    conn: r.conn,
    url: typeof r.url === "string" ? r.url : "",
    msg,
    timeNs,
  };
}

export function parseRawLine(line: string, n: number): CaptureRecord | MalformedLine {
  const sp = line.indexOf(" ");
  const timeNs = sp < 0 ? undefined : nsTextToNs(line.slice(0, sp));
  if (timeNs === undefined) return { kind: "malformed", line: n, reason: "bad receive time" };
  const msg = line.slice(sp + 1);
  const kind: RecordKind = msg.startsWith('{"lastUpdateId"') ? "http" : "recv";
  return { kind, conn: RAW_CONNECTION, url: "", msg, timeNs };
}
