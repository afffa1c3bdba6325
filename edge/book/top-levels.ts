/**
 * The best `depth` levels of a book side as event levels. Adapters that keep a deeper book than they
 * forward (Coinbase sends its whole book once and never again) forward only this slice in snapshots.
 */
import type { Level } from "../normalize/events.ts";
import type { BookSide } from "./l2-book.ts";

export function topLevels(side: BookSide, depth: number = Infinity): Level[] {
  return side.levels(depth);
}
