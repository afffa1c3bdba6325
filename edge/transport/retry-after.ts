/**
 * Reads an HTTP Retry-After header (delta-seconds or an HTTP date) as milliseconds. Venues send it
 * with 429 and 418 answers, and waiting less than it says is what turns a rate limit into a ban.
 */
export function retryAfterMs(header: string | null, nowEpochMs: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowEpochMs);
}
