/**
 * Which adapter a capture belongs to. Capture folders are named after the recorder's exchange
 * (cryptofeed's BINANCE_FUTURES → `binance-futures/`), raw Binance recordings after their market
 * (`binance-recorded/usdm-…`); adapters are named by venue id. This table is the bridge; a folder
 * named like its venue id needs no entry.
 */
import { basename, dirname } from "node:path";

const FOLDER_ALIASES: Readonly<Record<string, string>> = {
  "binance-futures": "binance-usdm",
  "binance-delivery": "binance-coinm",
};

/** Raw Binance recordings: file-name prefix → venue. */
const RECORDED_PREFIXES: ReadonlyArray<readonly [prefix: string, venue: string]> = [
  ["spot-", "binance"],
  ["usdm-", "binance-usdm"],
  ["cm-", "binance-coinm"],
];

/** Venue id of the capture at `path`; a clear error when the path does not say. */
export function captureVenue(path: string): string {
  let folder = basename(dirname(path));
  // Originals under `<venue>/raw/` belong to the same venue as the uniform file beside them.
  if (folder === "raw") folder = basename(dirname(dirname(path)));
  if (folder === "binance-recorded") {
    const file = basename(path);
    const hit = RECORDED_PREFIXES.find(([prefix]) => file.startsWith(prefix));
    if (hit === undefined) throw new Error(`cannot tell the Binance market of recording ${path}`);
    return hit[1];
  }
  if (folder === "" || folder === ".") {
    throw new Error(`cannot tell the venue of capture ${path}; pass --venue`);
  }
  return FOLDER_ALIASES[folder] ?? folder;
}
