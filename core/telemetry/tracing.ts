/**
 * OpenTelemetry tracing for the core. Spans are exported over OTLP/HTTP to
 * `OTEL_EXPORTER_OTLP_ENDPOINT` (Jaeger accepts OTLP) when that variable is set; otherwise the
 * tracer is a no-op and costs nothing on the hot path.
 *
 * Edges put a W3C `traceparent` on the batches they send, so a core span continues the edge's trace:
 * edge normalize → uplink send → core ingest → store insert is one trace in Jaeger.
 */
import { context, propagation, trace, type Context, type Span, type Tracer } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";

let provider: BasicTracerProvider | null = null;
const propagator = new W3CTraceContextPropagator();

export function initTracing(serviceName: string, endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT): Tracer {
  if (endpoint && !provider) {
    const url = `${endpoint.replace(/\/$/, "")}/v1/traces`;
    provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ "service.name": serviceName }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }), { scheduledDelayMillis: 500 })],
    });
    trace.setGlobalTracerProvider(provider);
    propagation.setGlobalPropagator(propagator);
  }
  return trace.getTracer(serviceName);
}

/** The context a W3C traceparent string describes (root context when empty or malformed). */
export function contextFromTraceparent(traceparent: string): Context {
  if (!traceparent) return context.active();
  return propagator.extract(context.active(), { traceparent }, {
    get: (carrier, key) => carrier[key as "traceparent"],
    keys: (carrier) => Object.keys(carrier),
  });
}

export function childSpan(tracer: Tracer, name: string, parent: Span | Context): Span {
  const parentContext = "spanContext" in parent ? trace.setSpan(context.active(), parent) : parent;
  return tracer.startSpan(name, {}, parentContext);
}

export async function shutdownTracing(): Promise<void> {
  await provider?.shutdown();
  provider = null;
}
