import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';

type PersistedQueryCache = NonNullable<
  Exclude<ApolloServerOptionsWithGateway<BaseContext>['persistedQueries'], false | undefined>['cache']
>;

// Apollo Server prefixes the keys of its persisted-query cache.
const prefix = 'apq:';

/**
 * Apollo Server's persisted-query cache answered from the trusted documents alone: a hash resolves to its
 * registered document, and nothing a client sends is ever registered (Apollo's automatic persisted queries would
 * otherwise let any client add documents).
 *
 * @example
 * new ApolloServer({ gateway, persistedQueries: { cache: manifestCache(trusted.documents), ttl: null } });
 */
export function manifestCache(documents: ReadonlyMap<string, string>): PersistedQueryCache {
  return {
    async get(key) {
      return key.startsWith(prefix) ? documents.get(key.slice(prefix.length)) : undefined;
    },
    async set() {},
    async delete() {
      return false;
    },
  };
}
