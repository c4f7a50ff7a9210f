import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogEditor } from '../support/catalog-editor.js';
import { type FaultSystem, startFaultSystem } from '../support/fault-system.js';
import { waitUntil } from '../support/poll.js';

type Found = { search: { edges: Array<{ node: { id: string; title: string } }> } };
// Search answers the ids; each title is an entity fetched from the catalog, through the router's entity cache.
const searchFor = 'query ($q: String!) { search(input: { query: $q }) { edges { node { id title } } } }';

/** How long a rename may take to show, through outbox, stream and the router forgetting the cached entity. */
const shownWithinMs = 2000;

/** The value of one sample of the Prometheus text, 0 when absent. */
const sample = (text: string, labels: string) => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`router_cache_lookups_total{${labels}}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
};

describe("the router's entity cache under pnpm start", () => {
  let system: FaultSystem;
  beforeAll(async () => {
    system = await startFaultSystem();
  });
  afterAll(async () => {
    await system?.stop();
  });
  beforeEach(({ onTestFailed }) => onTestFailed(() => console.error(`The launcher said:\n${system.story()}`)));

  const titleOf = async (id: string) => {
    const answer = await system.graphql<Found>(searchFor, { q: 'drill' });
    return answer.data?.search.edges.find((edge) => edge.node.id === id)?.node.title;
  };
  const entityHits = async () => {
    const { origin } = await system.service('router');
    return sample(await (await fetch(`${origin}/metrics`)).text(), 'cache="entity",result="hit"');
  };

  it('answers a resource again from the cache, and shows its new title within 2 seconds of a rename', async () => {
    const editor = catalogEditor(system);
    const id = await editor.create('entity-cache-1');
    await waitUntil(
      'search finds the new resource',
      () => titleOf(id),
      (title) => title !== undefined,
      {
        timeoutMs: shownWithinMs,
        intervalMs: 50,
      },
    );
    const hits = await entityHits();
    expect(await titleOf(id)).toBe('Fault drill entity-cache-1');
    expect(await entityHits()).toBeGreaterThan(hits);

    await editor.update(id, 'Fault drill for brewers');
    await waitUntil(
      'the renamed resource shows its new title',
      () => titleOf(id),
      (title) => title === 'Fault drill for brewers',
      {
        timeoutMs: shownWithinMs,
        intervalMs: 50,
      },
    );
  });
});
