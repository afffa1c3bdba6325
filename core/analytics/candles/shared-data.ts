/**
 * Locates the recorded candle files in ../shared/data/candles (beside the repository, never
 * copied into it). Tests and benchmarks use it so a missing data folder is reported the same way.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CANDLES_DIR = fileURLToPath(new URL("../../../../shared/data/candles/", import.meta.url));

export const SHARED_CANDLES = {
  ftxBtcPerp1m: "ftx_BTC-PERP_1m_2021-12-31_2022-02-01.csv",
  bittrexEthBtc1m: "bittrex_ETH-BTC_1m_2018-01.csv",
  bittrexAdaBtc1m: "bittrex_ADA-BTC_1m_2018-01.csv",
  binanceXrpEth1m: "binance_XRP-ETH_1m_2019-10-11_13.csv",
} as const;

/** Absolute path of a shared candle file, or undefined when the data folder is not there. */
export function sharedCandlePath(file: string): string | undefined {
  const path = CANDLES_DIR + file;
  return existsSync(path) ? path : undefined;
}

/**
 * For tests: the path, or undefined with a printed skip reason. Under CI=true missing data is an
 * error, so a misconfigured pipeline cannot pass by skipping everything.
 */
export function requireSharedCandles(file: string): string | undefined {
  const path = sharedCandlePath(file);
  if (path) return path;
  const message = `shared candle data missing: ${CANDLES_DIR}${file}`;
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`${message}; skipping`);
  return undefined;
}
