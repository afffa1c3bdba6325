/**
 * Kraken pair names ↔ ccxt unified symbols. WebSocket v1 uses Kraken's legacy asset codes ("XBT/USD",
 * "XDG/USD"); ccxt (and WebSocket v2) say "BTC/USD", "DOGE/USD". Kraken spot only.
 */
import { parseUnified } from "../../normalize/unified-symbol.ts";
import { MalformedFrame } from "../frame-fields.ts";

const LEGACY_TO_COMMON: Readonly<Record<string, string>> = { XBT: "BTC", XDG: "DOGE" };
const COMMON_TO_LEGACY: Readonly<Record<string, string>> = { BTC: "XBT", DOGE: "XDG" };

const PAIR = /^([A-Z0-9.]+)\/([A-Z0-9.]+)$/;

/** "XBT/CHF" (v1) or "BTC/CHF" (v2) → "BTC/CHF". */
export function krakenUnifiedSymbol(pair: string): string {
  const m = PAIR.exec(pair);
  if (!m) throw new MalformedFrame(`kraken: bad pair ${pair}`);
  return `${LEGACY_TO_COMMON[m[1]] ?? m[1]}/${LEGACY_TO_COMMON[m[2]] ?? m[2]}`;
}

/** Unified or venue spelling → the v1 pair name ("BTC/USD" → "XBT/USD"). */
export function krakenV1Pair(symbol: string): string {
  const u = parseUnified(symbol);
  if (!u || u.settle !== undefined) return symbol;
  return `${COMMON_TO_LEGACY[u.base] ?? u.base}/${COMMON_TO_LEGACY[u.quote] ?? u.quote}`;
}

/** Unified or v1 spelling → the v2 symbol ("XBT/USD" → "BTC/USD"). */
export function krakenV2Symbol(symbol: string): string {
  return PAIR.test(symbol) ? krakenUnifiedSymbol(symbol) : symbol;
}
