/**
 * Venue id → adapter factory: the one place the CLI, replay and `--check` learn which venues exist,
 * so none of them names a venue module. Each venue adds its line here.
 */
import type { AdapterOptions, VenueAdapter } from "./adapter.ts";
import { createBinanceAdapter } from "./binance.ts";
import { createCoinbaseAdapter } from "./coinbase.ts";
import { createDeribitAdapter } from "./deribit.ts";
import { BybitAdapter } from "./bybit/adapter.ts";
import { OkxAdapter } from "./okx/adapter.ts";
import { KrakenV1Adapter } from "./kraken/v1.ts";
import { KrakenV2Adapter } from "./kraken/v2.ts";

export type AdapterFactory = (options: AdapterOptions) => VenueAdapter;

const FACTORIES: Readonly<Record<string, AdapterFactory>> = {
  "binance": (o) => createBinanceAdapter("binance", o),
  "binance-usdm": (o) => createBinanceAdapter("binance-usdm", o),
  "binance-coinm": (o) => createBinanceAdapter("binance-coinm", o),
  "coinbase": createCoinbaseAdapter,
  "deribit": createDeribitAdapter,
  "bybit-spot": (o) => new BybitAdapter("spot", o),
  "bybit-linear": (o) => new BybitAdapter("linear", o),
  "okx": (o) => new OkxAdapter(o),
  "kraken": (o) => new KrakenV1Adapter(o),
  "kraken-v2": (o) => new KrakenV2Adapter(o),
};

export function knownVenues(): string[] {
  return Object.keys(FACTORIES).sort();
}

/** Build the adapter for `venue`; a clear error names the known venues when it is not one. */
export function createAdapter(venue: string, options: AdapterOptions): VenueAdapter {
  const factory = Object.hasOwn(FACTORIES, venue) ? FACTORIES[venue] : undefined;
  if (factory === undefined) {
    throw new Error(`unknown venue "${venue}"; known venues: ${knownVenues().join(", ")}`);
  }
  return factory(options);
}
