import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogEditor } from '../support/catalog-editor.js';
import { type FaultSystem, startFaultSystem } from '../support/fault-system.js';
import { waitUntil } from '../support/poll.js';

type Found = {
  search: { totalCount: number; edges: Array<{ node: { id: string; title: string } }> };
};
const searchFor = `query ($q: String!) {
  search(input: { query: $q }) { totalCount edges { node { id title } } }
}`;

/** How long a catalog edit may take to be found by search, through outbox, stream, indexer and router. */
const searchableWithinMs = 2000;

/** The value of one sample of the router's cache lookups, 0 when absent. */
const cacheLookups = (text: string, labels: string) => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`router_cache_lookups_total{${labels}}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
};

describe('a catalog edit is searchable end to end', () => {
  let system: FaultSystem;
  beforeAll(async () => {
    system = await startFaultSystem();
  });
  afterAll(async () => {
    await system?.stop();
  });
  beforeEach(({ onTestFailed }) => onTestFailed(() => console.error(`The launcher said:\n${system.story()}`)));

  const found = (word: string) =>
    system.graphql<Found>(searchFor, { q: word }).then((answer) => answer.data?.search.edges ?? []);

  it('finds a created, renamed and unpublished resource as it is within 2 seconds of each edit', async () => {
    const editor = catalogEditor(system);
    const id = await editor.create('searchable-1');
    const created = await waitUntil(
      'search finds the new resource',
      () => found('searchable-1'),
      (edges) => edges.some((edge) => edge.node.id === id),
      { timeoutMs: searchableWithinMs, intervalMs: 50 },
    );
    // The title comes from the catalog through the router: search returns the reference only.
    expect(created.find((edge) => edge.node.id === id)?.node.title).toBe('Fault drill searchable-1');

    await editor.update(id, 'Zymurgy for brewers');
    await waitUntil(
      'search finds the renamed resource by its new title',
      () => found('zymurgy'),
      (edges) => edges.some((edge) => edge.node.id === id),
      { timeoutMs: searchableWithinMs, intervalMs: 50 },
    );
    expect((await found('searchable-1')).map((edge) => edge.node.id)).not.toContain(id);

    await editor.unpublish(id);
    await waitUntil(
      'search no longer finds the unpublished resource',
      () => found('zymurgy'),
      (edges) => !edges.some((edge) => edge.node.id === id),
      { timeoutMs: searchableWithinMs, intervalMs: 50 },
    );
  });

  it("answers a found resource's title from the router's entity cache, and shows it renamed within 2 seconds", async () => {
    const editor = catalogEditor(system);
    const id = await editor.create('entity-cache-1');
    // Search answers the ids; each title is an entity the router fetches from the catalog, or has cached.
    const titleOf = async () => (await found('drill')).find((edge) => edge.node.id === id)?.node.title;
    const entityHits = async () => {
      const { origin } = await system.service('router');
      return cacheLookups(await (await fetch(`${origin}/metrics`)).text(), 'cache="entity",result="hit"');
    };
    await waitUntil('search finds the new resource', titleOf, (title) => title !== undefined, {
      timeoutMs: searchableWithinMs,
      intervalMs: 50,
    });
    const hits = await entityHits();
    expect(await titleOf()).toBe('Fault drill entity-cache-1');
    expect(await entityHits()).toBeGreaterThan(hits);

    await editor.update(id, 'Fault drill for brewers');
    await waitUntil(
      'the renamed resource shows its new title',
      titleOf,
      (title) => title === 'Fault drill for brewers',
      {
        timeoutMs: searchableWithinMs,
        intervalMs: 50,
      },
    );
  });
});
