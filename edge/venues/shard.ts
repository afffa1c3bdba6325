/**
 * Splitting subscriptions within a venue's limits: symbols over connections, topics over messages.
 * Every venue has both limits, only the numbers differ, so the adapters state the numbers and share this.
 */

/** `items` in consecutive groups of at most `size` (size >= 1). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new RangeError(`chunk size must be >= 1, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
