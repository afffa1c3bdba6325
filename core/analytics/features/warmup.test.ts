import { describe, expect, it } from "vitest";
import { haveSharedData, sharedDataPath } from "../bars/shared-data.ts";
import { readTradeFile } from "../bars/trade-file.ts";
import { featureLayout } from "./feature-layout.ts";
import { featureSchema } from "./feature-schema.ts";
import { FeatureUniverse } from "./feature-universe.ts";

const file = "ticks/binance_XRP-ETH_trades_2019-10-11_13.csv";

describe("warm-up", () => {
  it.skipIf(!haveSharedData(file))("every feature is NaN before and defined after its documented warm-up (XRP/ETH 1m, no book, no reference)", async () => {
    const layout = featureLayout({ baseTimeframe: "1m" });
    const schema = featureSchema(layout);
    const rows: Float64Array[] = [];
    const universe = new FeatureUniverse(layout, (row) => rows.push(row.vector));
    for await (const trade of readTradeFile(sharedDataPath(file), "binance", "XRP/ETH")) universe.onTrade(trade);
    expect(rows.length).toBe(3_559);
    const inputAbsent = /^(book_|xa_|lvl_(support|resistance)_)/;
    const problems: string[] = [];
    schema.features.forEach((f, i) => {
      if (f.warmupBars >= 2 && Number.isFinite(rows[0][i])) problems.push(`${f.name} defined at bar 0`);
      if (inputAbsent.test(f.name)) {
        if (f.name.startsWith("book_") || f.name.startsWith("xa_")) if (rows.some((r) => !Number.isNaN(r[i]))) problems.push(`${f.name} defined without its input`);
        return;
      }
      const first = rows.findIndex((r) => Number.isFinite(r[i]));
      if (first < 0 || first > f.warmupBars) problems.push(`${f.name}: first defined at ${first}, documented ${f.warmupBars}`);
      else if (rows.slice(first).some((r) => !Number.isFinite(r[i]))) problems.push(`${f.name}: NaN after warm-up`);
    });
    expect(problems).toEqual([]);
  });
});
