/**
 * Bybit v5 symbol spelling. Spot and linear share ids ("BTCUSDT"), so the market decides the unified
 * form: spot "BTC/USDT", linear perpetual "BTC/USDT:USDT". USDC perpetuals are named "BTCPERP".
 */
import { parseUnified, splitByQuote, unifiedSymbol } from "../../normalize/unified-symbol.ts";
import { MalformedFrame } from "../frame-fields.ts";

export type BybitMarket = "spot" | "linear";

export function bybitUnifiedSymbol(id: string, market: BybitMarket): string {
  if (market === "linear" && id.endsWith("PERP") && id.length > 4) {
    return unifiedSymbol({ base: id.slice(0, -4), quote: "USDC" }, { kind: "linear" });
  }
  const pair = splitByQuote(id);
  if (!pair) throw new MalformedFrame(`bybit: unknown symbol ${id}`);
  return unifiedSymbol(pair, { kind: market === "spot" ? "spot" : "linear" });
}

/** Unified ("BTC/USDT:USDT") or venue ("BTCUSDT") spelling → venue id. */
export function bybitSymbolId(symbol: string): string {
  const u = parseUnified(symbol);
  if (!u) return symbol.toUpperCase();
  if (u.settle === "USDC" && u.quote === "USDC") return `${u.base}PERP`;
  return `${u.base}${u.quote}`;
}
