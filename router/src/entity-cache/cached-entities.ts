import type { CacheMetrics } from '../metrics/router-metrics.js';
import { type AnswerHeaders, answerFromValue, type SubgraphPost } from '../subgraph-transport/subgraph-answer.js';
import { bodyFor, entityFetch, entitySlot } from './entity-fetch.js';
import type { EntityStore } from './entity-store.js';

export interface CachedEntitiesOptions {
  /** The subgraph's name: part of every cached selection, since subgraphs resolve different fields of a type. */
  subgraph: string;
  store: EntityStore;
  /** Told every lookup's result, as the `entity` cache. */
  metrics: CacheMetrics;
}

interface EntitiesAnswer {
  data?: ({ _entities?: unknown } & Record<string, unknown>) | null;
  errors?: Array<{ path?: unknown } & Record<string, unknown>>;
}

/** The `max-age` of a `public` Cache-Control, else 0: only what anyone may see is kept. */
const publicMaxAge = (cacheControl: string | undefined) => {
  if (!cacheControl || !/\bpublic\b/.test(cacheControl)) return 0;
  return Number(/\bmax-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
};

/** An error about the `index`-th fetched entity is about the entity at `missing[index]` of the whole fetch. */
const remapPath = (error: NonNullable<EntitiesAnswer['errors']>[number], missing: number[]) => {
  const { path } = error;
  if (!Array.isArray(path) || path[0] !== '_entities' || typeof path[1] !== 'number') return error;
  return { ...error, path: ['_entities', missing[path[1]] ?? path[1], ...path.slice(2)] };
};

/**
 * The entity cache in front of one subgraph: of an `_entities` fetch, the entities already cached for the same
 * selection are taken from `store` and only the others are fetched (none at all when every one is cached); what the
 * subgraph answers is kept for its `Cache-Control` `max-age` when that is `public` and the answer has no errors
 * (a `null` entity is never kept). Answers put together from the cache say the shortest freshness left, `public`
 * unless the caller is signed in. Every other request goes through untouched.
 *
 * @example
 * const post = cachedEntities(dedupInFlight(signed), { subgraph: 'catalog', store, metrics });
 */
export function cachedEntities(post: SubgraphPost, options: CachedEntitiesOptions): SubgraphPost {
  const { subgraph, store, metrics } = options;
  return async (body, headers) => {
    const fetch = entityFetch(subgraph, body);
    if (!fetch) return post(body, headers);
    const representations = fetch.request.variables.representations;
    const slots = representations.map((representation) => entitySlot(representation, fetch.selection));
    const startedAt = Date.now();
    const cached = await store.read(slots);
    const missing: number[] = [];
    let freshFor = Number.POSITIVE_INFINITY;
    for (const [index, entry] of cached.entries()) {
      metrics.recordCacheLookup('entity', entry !== undefined);
      if (entry) freshFor = Math.min(freshFor, Math.floor((entry.expiresAt - Date.now()) / 1000));
      else missing.push(index);
    }
    const cachedPolicy = (maxAge: number) => `max-age=${maxAge}, ${headers.authorization ? 'private' : 'public'}`;
    if (missing.length === 0) {
      const hitHeaders: AnswerHeaders = { 'content-type': 'application/json', 'cache-control': cachedPolicy(freshFor) };
      return answerFromValue(200, hitHeaders, { data: { _entities: cached.map((entry) => entry?.data) } });
    }
    const whole = missing.length === representations.length;
    const answer = await post(
      whole
        ? body
        : bodyFor(
            fetch,
            missing.map((index) => representations[index] as (typeof representations)[number]),
          ),
      headers,
    );
    let value: EntitiesAnswer;
    try {
      value = answer.json() as EntitiesAnswer;
    } catch {
      return answer;
    }
    const fetched = value?.data?._entities;
    if (answer.status !== 200 || !Array.isArray(fetched) || fetched.length !== missing.length) return answer;
    const maxAge = publicMaxAge(answer.headers['cache-control']);
    if (maxAge > 0 && !value.errors?.length) {
      const entries = missing.flatMap((index, position) =>
        fetched[position] === null ? [] : [{ slot: slots[index] as (typeof slots)[number], data: fetched[position] }],
      );
      void store.write(entries, maxAge, startedAt);
    }
    if (whole) return answerFromValue(answer.status, answer.headers, value);
    const merged = cached.map((entry) => entry?.data ?? null);
    for (const [position, index] of missing.entries()) merged[index] = fetched[position];
    const cacheControl = maxAge > 0 ? cachedPolicy(Math.min(maxAge, freshFor)) : answer.headers['cache-control'];
    return answerFromValue(
      answer.status,
      { ...answer.headers, ...(cacheControl ? { 'cache-control': cacheControl } : {}) },
      {
        ...value,
        data: { ...value.data, _entities: merged },
        ...(value.errors ? { errors: value.errors.map((error) => remapPath(error, missing)) } : {}),
      },
    );
  };
}
