import DataLoader from 'dataloader';
import type { SearchEngine, SearchFilter, SearchHit } from './search-engine.js';

export interface SimilarKey {
  id: string;
  first: number;
  filter: SearchFilter;
}

const argumentsOf = (key: SimilarKey) => JSON.stringify([key.first, key.filter]);

/**
 * Batches `LearningResource.similar` of one request: the resources of a list asking with the same
 * arguments are answered by one engine call (one SQL statement for the filter, scans in memory).
 *
 * @example
 * const similar = createSimilarLoader(engine); await similar.load({ id, first: 5, filter: {} });
 */
export function createSimilarLoader(engine: SearchEngine) {
  return new DataLoader<SimilarKey, SearchHit[], string>(
    async (keys) => {
      const groups = new Map<string, SimilarKey[]>();
      for (const key of keys) groups.set(argumentsOf(key), [...(groups.get(argumentsOf(key)) ?? []), key]);
      const answers = new Map<string, SearchHit[]>();
      for (const [group, members] of groups) {
        const [first] = members;
        if (!first) continue;
        const found = await engine.similar(
          members.map((member) => member.id),
          first.first,
          first.filter,
        );
        for (const member of members) answers.set(`${group}${member.id}`, found.get(member.id) ?? []);
      }
      return keys.map((key) => answers.get(`${argumentsOf(key)}${key.id}`) ?? []);
    },
    { cacheKeyFn: (key) => `${argumentsOf(key)}${key.id}` },
  );
}
