/**
 * Structured JSON logs on stderr, one object per line. Callers pass ids and figures, never secrets.
 */
import { trace } from "@opentelemetry/api";

export type LogLevel = "info" | "warn" | "error";

export function log(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
  const traceId = trace.getActiveSpan()?.spanContext().traceId;
  console.error(JSON.stringify({ time: new Date().toISOString(), level, component: "core", message, ...(traceId ? { traceId } : {}), ...fields }));
}
