import type { ApolloGateway } from '@apollo/gateway';
import type { ReadinessReport } from '@learngraph/service-kit';
import { type ConstArgumentNode, Kind, parse } from 'graphql';

export interface SubgraphReadinessOptions {
  /** The gateway whose supergraph names the subgraphs; the report follows each reload. */
  gateway: ApolloGateway;
  /** Subgraph URLs that replace the supergraph's, by name, as the gateway uses them. */
  subgraphUrls: Record<string, string>;
  /** Whether the router can serve at all: its supergraph is loaded. */
  isServing: () => boolean;
  /** How long one subgraph's `/health/ready` may take before it counts as unavailable (default 1,000 ms). */
  timeoutMs?: number;
}

type SubgraphState = 'ready' | 'unavailable';

const stringArgument = (args: readonly ConstArgumentNode[] | undefined, name: string) => {
  const value = args?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
};

/** The subgraphs a supergraph names (the values of its `join__Graph` enum), with their GraphQL URLs. */
function subgraphsOf(supergraphSdl: string, overrides: Record<string, string>): Record<string, string> {
  const subgraphs: Record<string, string> = {};
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const name = stringArgument(graph?.arguments, 'name');
      const url = name && (overrides[name] ?? stringArgument(graph?.arguments, 'url'));
      if (name && url) subgraphs[name] = url;
    }
  }
  return subgraphs;
}

const probe = async (graphqlUrl: string, timeoutMs: number): Promise<SubgraphState> => {
  try {
    const response = await fetch(new URL('/health/ready', graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok ? 'ready' : 'unavailable';
  } catch {
    return 'unavailable';
  }
};

/**
 * The router's readiness: each subgraph's own `GET /health/ready`, asked concurrently. 200 `ready` when
 * every subgraph answers; still 200, but `degraded`, while one does not — the router serves every other
 * field, and taking it out of a load balancer would only turn a partial outage into a total one; 503 only
 * when the router itself cannot serve, having no supergraph.
 *
 * @example
 * createServiceServer({ graphql, readiness: subgraphReadiness({ gateway, subgraphUrls, isServing: () => started }), logger });
 * // GET /health/ready → 200 {"status":"degraded","subgraphs":{"catalog":"unavailable","users":"ready"}}
 */
export function subgraphReadiness(options: SubgraphReadinessOptions): ReadinessReport {
  const { gateway, subgraphUrls, isServing, timeoutMs = 1000 } = options;
  let subgraphs: Record<string, string> = {};
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    subgraphs = subgraphsOf(coreSupergraphSdl, subgraphUrls);
  });
  return async () => {
    if (!isServing()) return { status: 503, body: { status: 'unavailable', reason: 'no supergraph is loaded yet' } };
    const states = await Promise.all(
      Object.entries(subgraphs).map(async ([name, url]) => [name, await probe(url, timeoutMs)] as const),
    );
    const degraded = states.some(([, state]) => state !== 'ready');
    return {
      status: 200,
      body: { status: degraded ? 'degraded' : 'ready', subgraphs: Object.fromEntries(states) },
    };
  };
}
