/**
 * The best `depth` levels of a book side as event levels. Adapters that keep a deeper book than they
 * forward (Coinbase sends its whole book once and never again) forward only this slice in snapshots.
 */
import type { Level } from "../normalize/events.ts";
import type { BookSide } from "./l2-book.ts";

export function topLevels(side: BookSide, depth: number = Infinity): Level[] {
  const n = Math.min(side.length, depth);
  const out: Level[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [side.prices[i], side.sizes[i]];
  return out;
}
