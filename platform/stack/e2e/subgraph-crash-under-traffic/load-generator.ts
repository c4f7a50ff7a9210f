import type { SubgraphName } from '../support/fault-system.js';

/** One kind of query the load sends, and the subgraphs its fields come from. */
export interface QueryKind {
  name: string;
  touches: SubgraphName[];
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
}

/** One request the load sent, and what came back. */
export interface Shot {
  kind: string;
  startedAt: number;
  status: number;
  data: unknown;
  errors: Array<{ message: string; extensions?: { code?: string; subgraph?: string } }>;
}

/** Answered 200 with data and no error. */
export const answered = (shot: Shot) => shot.status === 200 && shot.errors.length === 0 && shot.data != null;

/** Answered 200, every error being `SUBGRAPH_UNAVAILABLE` naming `subgraph`. */
export const unavailable = (shot: Shot, subgraph: SubgraphName) =>
  shot.status === 200 &&
  shot.errors.length > 0 &&
  shot.errors.every(
    (error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && error.extensions.subgraph === subgraph,
  );

async function fire(graphqlUrl: string, kind: QueryKind): Promise<Shot> {
  const startedAt = Date.now();
  try {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(kind.token ? { authorization: `Bearer ${kind.token}` } : {}) },
      body: JSON.stringify({ query: kind.query, variables: kind.variables ?? {} }),
    });
    const text = await response.text();
    let body: { data?: unknown; errors?: Shot['errors'] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
    }
    return { kind: kind.name, startedAt, status: response.status, data: body.data, errors: body.errors ?? [] };
  } catch (error) {
    return { kind: kind.name, startedAt, status: 0, data: null, errors: [{ message: String(error) }] };
  }
}

/**
 * Sends the kinds of query in turn from `concurrency` clients at once, without pause, until stopped, and
 * keeps every shot.
 *
 * @example
 * const load = startLoad(`${system.url}/graphql`, kinds, 4);
 * const recent = load.since(Date.now() - 1000);
 * await load.stop();
 */
export function startLoad(graphqlUrl: string, kinds: QueryKind[], concurrency: number) {
  const shots: Shot[] = [];
  let running = true;
  const client = async (offset: number) => {
    for (let turn = offset; running; turn++)
      shots.push(await fire(graphqlUrl, kinds[turn % kinds.length] as QueryKind));
  };
  const clients = Array.from({ length: concurrency }, (_, offset) => client(offset));
  return {
    shots,
    since: (time: number) => shots.filter((shot) => shot.startedAt >= time),
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}
