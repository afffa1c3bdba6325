/** Adapts a scalar stream to candles by feeding it the close: every close-only indicator uses it. */
import type { Candle } from "../../candles/candle.ts";
import { ScalarIndicator } from "../indicator.ts";
import type { Series } from "../series/series.ts";

export class CloseSeries extends ScalarIndicator {
  constructor(readonly series: Series) {
    super();
  }

  protected compute(bar: Candle): number {
    return this.series.next(bar.close);
  }
}
