/**
 * Re-spelling a decimal at a fixed number of decimals, exactly, on the text. Kraken WebSocket v2 sends
 * prices and quantities as JSON numbers ("0.1") but checksums them as the instrument's fixed-precision
 * strings ("0.10000000"); a float round trip could change a digit, string padding cannot.
 */
import { MalformedFrame } from "../frame-fields.ts";

const PLAIN = /^(\d+)(?:\.(\d*))?$/;

export function toFixedPrecision(decimalText: string, decimals: number): string {
  let m = PLAIN.exec(decimalText);
  if (!m) {
    // Exponent form ("1e-8"): JSON allows it; within double range toFixed spells it exactly enough
    // for the checksum to confirm or refute.
    const n = Number(decimalText);
    if (!Number.isFinite(n) || n < 0) throw new MalformedFrame(`kraken: bad decimal ${decimalText}`);
    m = PLAIN.exec(n.toFixed(decimals))!;
  }
  const [, int, frac = ""] = m;
  if (frac.length > decimals && !/^0*$/.test(frac.slice(decimals))) {
    throw new MalformedFrame(`kraken: ${decimalText} has more than ${decimals} decimals`);
  }
  const fixed = frac.slice(0, decimals).padEnd(decimals, "0");
  return decimals === 0 ? int : `${int}.${fixed}`;
}
