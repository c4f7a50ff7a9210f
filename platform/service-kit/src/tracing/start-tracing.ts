import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ConfigError } from '../config.js';

/** A running trace export; `shutdown` sends the spans still buffered. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/** The OTLP/HTTP traces URL the standard variables name, or none when neither is set. */
function tracesUrl(env: Record<string, string | undefined>): string | undefined {
  const [variable, url] = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
    ? ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT]
    : ['OTEL_EXPORTER_OTLP_ENDPOINT', env.OTEL_EXPORTER_OTLP_ENDPOINT];
  if (!url) return undefined;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    throw new ConfigError(`Invalid configuration: ${variable} is not an http(s) URL`);
  // The general endpoint is a base URL; the traces one is used as given (OpenTelemetry's exporter specification).
  return variable === 'OTEL_EXPORTER_OTLP_ENDPOINT' ? `${url.replace(/\/$/, '')}/v1/traces` : url;
}

/**
 * Starts exporting this process's traces over OTLP/HTTP (JSON) when the standard variables ask for it:
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or `OTEL_EXPORTER_OTLP_ENDPOINT`, with `OTEL_SERVICE_NAME` (default
 * `service`), `OTEL_EXPORTER_OTLP_HEADERS`, and `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none` to turn it
 * off. It registers the W3C trace-context propagator, so `traceparent` is read from requests and sent on; without
 * the variables nothing is registered, every span is a no-op and `shutdown` has nothing to do. An invalid endpoint is a `ConfigError`.
 *
 * @example
 * const tracing = startTracing('router');
 * handleShutdown({ server, logger, closers: [router.stop, () => tracing.shutdown()] });
 */
export function startTracing(service: string, env: Record<string, string | undefined> = process.env): Tracing {
  const url = tracesUrl(env);
  if (!url || env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none')
    return { shutdown: async () => {} };
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': env.OTEL_SERVICE_NAME || service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }))],
  });
  provider.register();
  return provider;
}
