/**
 * OpenTelemetry tracing for the edge (Deno). Only batches picked by the sampler get spans, so the hot
 * path pays nothing for the others. A sampled batch gets `edge.normalize` (around the first frame's
 * parse) and `uplink.send` (from send to durable ack); the W3C traceparent of `uplink.send` rides in
 * the batch, and the core continues the same trace.
 *
 * Export is OTLP/HTTP to `OTEL_EXPORTER_OTLP_ENDPOINT` when set (Jaeger accepts OTLP); else no-op.
 */
import { context, trace, type Span, type Tracer } from "@opentelemetry/api";
import type { BasicTracerProvider } from "@opentelemetry/sdk-trace-base";

let provider: BasicTracerProvider | null = null;

export async function initTracing(serviceName: string, endpoint = Deno.env.get("OTEL_EXPORTER_OTLP_ENDPOINT")): Promise<Tracer> {
  if (endpoint && !provider) {
    // The SDK and exporter load only when traces go somewhere: otherwise ~0.1 s of CPU at every edge start.
    const [{ OTLPTraceExporter }, { resourceFromAttributes }, { BasicTracerProvider, BatchSpanProcessor }] = await Promise.all([
      import("@opentelemetry/exporter-trace-otlp-http"),
      import("@opentelemetry/resources"),
      import("@opentelemetry/sdk-trace-base"),
    ]);
    provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ "service.name": serviceName }),
      spanProcessors: [
        new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, "")}/v1/traces` }), {
          scheduledDelayMillis: 500,
        }),
      ],
    });
    trace.setGlobalTracerProvider(provider);
  }
  return trace.getTracer(serviceName);
}

/** Whether tracing exports anywhere (spans are worth creating). */
export function tracingEnabled(): boolean {
  return provider !== null;
}

export function childSpan(tracer: Tracer, name: string, parent: Span): Span {
  return tracer.startSpan(name, {}, trace.setSpan(context.active(), parent));
}

/** W3C traceparent header value of a span ("" when not sampled). */
export function traceparentOf(span: Span): string {
  const ctx = span.spanContext();
  if (!trace.isSpanContextValid(ctx)) return "";
  const flags = ctx.traceFlags.toString(16).padStart(2, "0");
  return `00-${ctx.traceId}-${ctx.spanId}-${flags}`;
}

export async function shutdownTracing(): Promise<void> {
  await provider?.shutdown();
  provider = null;
}
