/**
 * Structured JSON logs on stderr (stdout is reserved for reports such as `--check`). Secrets never
 * reach here: callers pass figures and ids, never tokens or keys.
 */
export type LogLevel = "info" | "warn" | "error";

export function log(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, component: "edge", message, ...fields });
  console.error(line);
}
