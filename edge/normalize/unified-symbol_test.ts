import assert from "node:assert/strict";
import { parseUnified, splitByQuote, unifiedSymbol } from "./unified-symbol.ts";

Deno.test("splitByQuote prefers the longest quote suffix", () => {
  assert.deepEqual(splitByQuote("BTCUSDT"), { base: "BTC", quote: "USDT" });
  assert.deepEqual(splitByQuote("btcusd"), { base: "BTC", quote: "USD" });
  assert.deepEqual(splitByQuote("BTCFDUSD"), { base: "BTC", quote: "FDUSD" });
  assert.deepEqual(splitByQuote("RUNEEUR"), { base: "RUNE", quote: "EUR" });
  assert.deepEqual(splitByQuote("LRCBTC"), { base: "LRC", quote: "BTC" });
  assert.equal(splitByQuote("USDT"), undefined, "a bare quote has no base");
  assert.equal(splitByQuote("FOOBAR"), undefined);
});

Deno.test("unifiedSymbol spells spot, linear, inverse and dated contracts as ccxt does", () => {
  const btcUsdt = { base: "BTC", quote: "USDT" };
  const btcUsd = { base: "BTC", quote: "USD" };
  assert.equal(unifiedSymbol(btcUsdt, { kind: "spot" }), "BTC/USDT");
  assert.equal(unifiedSymbol(btcUsdt, { kind: "linear" }), "BTC/USDT:USDT");
  assert.equal(unifiedSymbol(btcUsd, { kind: "inverse" }), "BTC/USD:BTC");
  assert.equal(unifiedSymbol(btcUsd, { kind: "inverse", expiry: "240927" }), "BTC/USD:BTC-240927");
  assert.equal(unifiedSymbol(btcUsdt, { kind: "linear", expiry: "241227" }), "BTC/USDT:USDT-241227");
});

Deno.test("parseUnified round-trips the ccxt spellings and rejects others", () => {
  assert.deepEqual(parseUnified("BTC/USDT"), { base: "BTC", quote: "USDT" });
  assert.deepEqual(parseUnified("BTC/USDT:USDT"), { base: "BTC", quote: "USDT", settle: "USDT" });
  assert.deepEqual(parseUnified("BTC/USD:BTC-240927"), {
    base: "BTC",
    quote: "USD",
    settle: "BTC",
    expiry: "240927",
  });
  assert.equal(parseUnified("BTCUSDT"), undefined);
  assert.equal(parseUnified("BTC/USD:BTC-2409"), undefined);
});
