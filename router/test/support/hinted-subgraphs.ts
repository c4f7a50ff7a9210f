import { useSignedInPrivate } from '@learngraph/service-kit';
import type { SubgraphSource } from '../../src/compose/compose.js';
import { serve } from './fixture-subgraphs.js';

const cacheControl = `
  enum CacheControlScope @inaccessible { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT
`;

/** Owns LearningResource, public for half a minute, as the catalog does for a minute. */
export const resourcesSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@inaccessible"])
  ${cacheControl}
  type LearningResource @key(fields: "id") @cacheControl(maxAge: 30) { id: ID! title: String! }
`;

/** Picks resources by id, public for a minute, as search's results are; `mine` is one reader's own. */
export const picksSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@inaccessible"])
  ${cacheControl}
  type LearningResource @key(fields: "id") { id: ID! }
  type Query {
    picks(ids: [ID!]!): [LearningResource!]! @cacheControl(maxAge: 60)
    mine: [LearningResource!]! @cacheControl(maxAge: 60, scope: PRIVATE)
  }
`;

/**
 * Two subgraphs whose answers carry `Cache-Control` from `@cacheControl` hints: `picks` answers resources by id,
 * which the router then fetches from `resources` as entities. `resolved` lists every resource id `resources` was
 * asked for, in order, and `titles` sets what it answers, so that a test sees what reached it and whether an
 * answer is fresh.
 */
export async function startHintedSubgraphs(routerKey: string) {
  const resolved: string[] = [];
  const titles = new Map<string, string>();
  // As Learngraph's subgraphs: whatever a signed-in caller is answered is private.
  const plugins = [useSignedInPrivate()];
  const resources = await serve(
    resourcesSdl,
    {
      LearningResource: {
        __resolveReference: ({ id }: { id: string }) => {
          resolved.push(id);
          return { id, title: titles.get(id) ?? `Resource ${id}` };
        },
      },
    },
    routerKey,
    plugins,
  );
  const picks = await serve(
    picksSdl,
    {
      Query: {
        picks: (_: unknown, { ids }: { ids: string[] }) => ids.map((id) => ({ id })),
        mine: () => [{ id: 'mine' }],
      },
    },
    routerKey,
    plugins,
  );
  const sources: SubgraphSource[] = [
    { name: 'resources', url: resources.url, sdl: resourcesSdl },
    { name: 'picks', url: picks.url, sdl: picksSdl },
  ];
  return {
    sources,
    resolved,
    titles,
    picksRequests: picks.requests,
    close: () => Promise.all([resources, picks].map(({ server }) => new Promise((resolve) => server.close(resolve)))),
  };
}
