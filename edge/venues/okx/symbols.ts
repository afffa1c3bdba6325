/**
 * OKX v5 instrument ids ↔ ccxt unified symbols. OKX spells the contract kind into the id:
 * "BTC-USDT" spot, "BTC-USDT-SWAP" perpetual, "BTC-USD-220527" dated future; a USD quote means a
 * coin-margined (inverse) contract settled in the base, anything else is margined in the quote.
 */
import { parseUnified, unifiedSymbol } from "../../normalize/unified-symbol.ts";
import { MalformedFrame } from "../frame-fields.ts";

export type OkxKind = "spot" | "swap" | "future";

export interface OkxInstrumentId {
  readonly kind: OkxKind;
  /** "BTC-USD": the index the contract tracks (OKX `uly`). */
  readonly index: string;
  readonly symbol: string;
}

const ID = /^([A-Z0-9]+)-([A-Z0-9]+)(?:-(SWAP|\d{6}))?$/;

export function parseOkxInstId(instId: string): OkxInstrumentId {
  const m = ID.exec(instId);
  if (!m) throw new MalformedFrame(`okx: unsupported instrument ${instId}`);
  const [, base, quote, suffix] = m;
  const index = `${base}-${quote}`;
  if (suffix === undefined) {
    return { kind: "spot", index, symbol: unifiedSymbol({ base, quote }, { kind: "spot" }) };
  }
  const margin = quote === "USD" ? "inverse" : "linear";
  const expiry = suffix === "SWAP" ? undefined : suffix;
  return {
    kind: expiry === undefined ? "swap" : "future",
    index,
    symbol: unifiedSymbol({ base, quote }, { kind: margin, ...(expiry === undefined ? {} : { expiry }) }),
  };
}

/** Unified ("BTC/USD:BTC-220527") or venue ("BTC-USD-220527") spelling → OKX instId. */
export function okxInstId(symbol: string): string {
  const u = parseUnified(symbol);
  if (!u) return symbol.toUpperCase();
  const pair = `${u.base}-${u.quote}`;
  if (u.settle === undefined) return pair;
  return u.expiry === undefined ? `${pair}-SWAP` : `${pair}-${u.expiry}`;
}
