import { writeFile } from 'node:fs/promises';
import { type GraphQLResponse, generateRouterKey, postGraphQL, waitFor } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../src/compose/compose.js';
import { fixtureSources, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { startTestRouter } from './support/start-router.js';

describe('supergraph hot reload under traffic', () => {
  const routerKey = generateRouterKey();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
    const [books] = fixtureSources(subgraphs);
    // Served at first without the reviews subgraph: Book.reviews does not exist yet.
    router = await startTestRouter({ subgraphs: books ? [books] : [], routerKey });
  });
  afterAll(async () => {
    await router.close();
    await subgraphs.close();
  });

  it('answers every request while the supergraph file is rewritten, and then serves the new field', async () => {
    const answers: GraphQLResponse[] = [];
    let flowing = true;
    // Eight clients, each sending its next request as soon as the previous one is answered.
    const clients = Array.from({ length: 8 }, async () => {
      while (flowing) answers.push(await postGraphQL(router.url, '{ books { title } }'));
    });
    await waitFor(() => answers.length >= 50);
    const beforeReload = answers.length;
    // Written in place, not renamed: the watcher may see the file half-written, as when an editor saves it.
    await writeFile(router.supergraphPath, compose(fixtureSources(subgraphs)).supergraphSdl);
    await waitFor(async () => (await postGraphQL(router.url, '{ books { reviews } }')).data !== undefined, {
      timeoutMs: 15_000,
    });
    const atReload = answers.length;
    await waitFor(() => answers.length >= atReload + 50);
    flowing = false;
    await Promise.all(clients);

    expect(answers.length).toBeGreaterThan(beforeReload + 50);
    const failed = answers.filter((answer) => answer.status !== 200 || answer.errors !== undefined);
    expect(failed).toEqual([]);
    expect(
      answers.every(
        (answer) =>
          JSON.stringify(answer.data) ===
          JSON.stringify({ books: [{ title: 'Structure and Interpretation of Computer Programs' }] }),
      ),
    ).toBe(true);
    expect((await postGraphQL(router.url, '{ books { reviews } }')).data).toEqual({
      books: [{ reviews: ['A classic.'] }],
    });
  });
});
