import type { GraphQLDataSource } from '@apollo/gateway';
import type { FetchOutcome } from './router-metrics.js';

export type ObserveFetch = (subgraph: string, seconds: number, outcome: FetchOutcome) => void;

const outcomes: Record<string, FetchOutcome> = { SUBGRAPH_TIMEOUT: 'timeout', SUBGRAPH_UNAVAILABLE: 'unavailable' };

const outcomeOf = (error: unknown): FetchOutcome => {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return (typeof code === 'string' && outcomes[code]) || 'error';
};

/**
 * Times every fetch `source` makes for a query plan and reports it to `observe` with its outcome: `ok`, `error`
 * (the subgraph answered with errors, or refused), `timeout` or `unavailable`.
 *
 * @example
 * buildService: (definition) => timedDataSource(definition.name, new SubgraphDataSource(…), metrics.observeSubgraphFetch)
 */
export function timedDataSource<Source extends GraphQLDataSource>(
  subgraph: string,
  source: Source,
  observe: ObserveFetch,
): Source {
  const process = source.process.bind(source);
  source.process = async (options) => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await process(options);
      observe(subgraph, seconds(), response.errors?.length ? 'error' : 'ok');
      return response;
    } catch (error) {
      observe(subgraph, seconds(), outcomeOf(error));
      throw error;
    }
  };
  return source;
}
