/**
 * Exact receive times from capture text. Recorded times (epoch ms with a µs fraction, or epoch ns)
 * exceed 2^53 ns, so they are converted from their decimal text straight to bigint, never via a float.
 */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** "1633998512063.357" (epoch ms) → 1633998512063357000n. Digits below 1 ns are dropped (floor). */
export function msTextToNs(text: string): bigint | undefined {
  const m = DECIMAL.exec(text);
  if (m === null) return undefined;
  const fraction = (m[2] ?? "").slice(0, 6).padEnd(6, "0");
  return BigInt(m[1]) * 1_000_000n + BigInt(fraction);
}

/** "1723161255030314667" (epoch ns) → bigint; undefined unless it is a plain integer. */
export function nsTextToNs(text: string): bigint | undefined {
  if (text.length === 0) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return BigInt(text);
}
