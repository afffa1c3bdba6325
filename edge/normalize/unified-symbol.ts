/**
 * Venue id → ccxt unified symbol, shared by every venue adapter.
 *
 * Why not ccxt's `loadMarkets()`: the edge must start and replay offline, and a market list fetched at
 * start-up would make a replay's symbols depend on today's listings. Venue ids follow a few fixed
 * shapes (concatenated base+quote, separator-joined, with a contract suffix), so the adapters describe
 * the shape and these helpers spell the ccxt form:
 *   spot "BTC/USDT" · linear perp "BTC/USDT:USDT" · inverse perp "BTC/USD:BTC" ·
 *   dated future "BTC/USD:BTC-240927" (expiry as YYMMDD, ccxt's spelling).
 */

/**
 * Quote currencies tried when a venue concatenates base and quote ("BTCUSDT"). Longest first, so
 * "USDT" wins over "USD" and "FDUSD" over "USD"; the base must keep at least one character.
 */
export const DEFAULT_QUOTES: readonly string[] = [
  "FDUSD",
  "USDT",
  "USDC",
  "BUSD",
  "TUSD",
  "USDP",
  "USDE",
  "DAI",
  "BTC",
  "ETH",
  "BNB",
  "EUR",
  "GBP",
  "TRY",
  "BRL",
  "AUD",
  "JPY",
  "RUB",
  "UAH",
  "ZAR",
  "PLN",
  "RON",
  "ARS",
  "MXN",
  "COP",
  "IDR",
  "NGN",
  "CZK",
  "TRX",
  "XRP",
  "DOGE",
  "SOL",
  "DOT",
  "USD",
].sort((a, b) => b.length - a.length);

export interface BaseQuote {
  readonly base: string;
  readonly quote: string;
}

/** Split a concatenated id ("BTCUSDT") by the longest known quote suffix; undefined when none fits. */
export function splitByQuote(id: string, quotes: readonly string[] = DEFAULT_QUOTES): BaseQuote | undefined {
  const upper = id.toUpperCase();
  let best: string | undefined;
  for (const q of quotes) {
    if (upper.length > q.length && upper.endsWith(q) && (best === undefined || q.length > best.length)) {
      best = q;
    }
  }
  if (best === undefined) return undefined;
  return { base: upper.slice(0, upper.length - best.length), quote: best };
}

export type ContractKind =
  | { readonly kind: "spot" }
  | { readonly kind: "linear"; readonly expiry?: string }
  | { readonly kind: "inverse"; readonly expiry?: string };

/** ccxt spelling for a base/quote pair and contract kind. `expiry` is YYMMDD. */
export function unifiedSymbol(pair: BaseQuote, contract: ContractKind): string {
  const spot = `${pair.base}/${pair.quote}`;
  if (contract.kind === "spot") return spot;
  const settle = contract.kind === "linear" ? pair.quote : pair.base;
  const suffix = contract.expiry === undefined ? "" : `-${contract.expiry}`;
  return `${spot}:${settle}${suffix}`;
}

export interface ParsedUnified extends BaseQuote {
  /** Settlement currency; absent for spot. */
  readonly settle?: string;
  /** YYMMDD for dated futures. */
  readonly expiry?: string;
}

/** Parse a ccxt unified symbol; undefined when `s` is not in that spelling. */
export function parseUnified(s: string): ParsedUnified | undefined {
  const m = /^([A-Z0-9]+)\/([A-Z0-9]+)(?::([A-Z0-9]+)(?:-(\d{6}))?)?$/.exec(s);
  if (m === null) return undefined;
  const [, base, quote, settle, expiry] = m;
  return {
    base,
    quote,
    ...(settle === undefined ? {} : { settle }),
    ...(expiry === undefined ? {} : { expiry }),
  };
}
