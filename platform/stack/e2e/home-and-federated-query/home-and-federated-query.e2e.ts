import { portIsClosed, postGraphQL } from '@learngraph/service-kit/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../support/accounts.js';
import { launchChromium } from '../support/journey.js';
import { type RunningSystem, startSystem } from '../support/start-system.js';

describe('the whole system, through the edge', () => {
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.interrupt();
  });

  it('serves the catalog page, server-rendered from the catalog database', async () => {
    const newest = await postGraphQL<{
      learningResources: { totalCount: number; edges: Array<{ node: { title: string } }> };
    }>(`${system.url}/graphql`, '{ learningResources(first: 1) { totalCount edges { node { title } } } }');
    const title = newest.data?.learningResources.edges[0]?.node.title ?? '';
    const total = newest.data?.learningResources.totalCount ?? 0;
    // the bundled provider files hold hundreds of real resources
    expect(total).toBeGreaterThan(50);
    const page = await browser.newPage();
    const response = await page.goto(`${system.url}/resources`);
    expect(response?.status()).toBe(200);
    // the document as the server sent it, before any script ran
    const html = (await response?.text()) ?? '';
    expect(html).toContain(String(total));
    expect(await page.getByRole('link', { name: title, exact: true }).count()).toBeGreaterThan(0);
    expect(html).toContain(title.replaceAll('&', '&amp;'));
    await page.close();
  });

  it('answers one query that spans catalog, users and learning-paths', async () => {
    const graphql = `${system.url}/graphql`;
    const session = await createAccount(system, {
      email: 'e2e@example.org',
      password: 'a long enough password',
      name: 'Grace Hopper',
    });
    const token = session.accessToken;
    expect(token).not.toBe('');
    const resources = await postGraphQL<{
      learningResources: { edges: Array<{ node: { id: string; title: string } }> };
    }>(graphql, '{ learningResources(first: 3) { edges { node { id title } } } }');
    const picked = resources.data?.learningResources.edges.map((edge) => edge.node) ?? [];
    expect(picked).toHaveLength(3);

    // learning-paths learns about resources from catalog events, a moment after the import
    let pathId: string | undefined;
    const deadline = Date.now() + 30_000;
    while (!pathId && Date.now() < deadline) {
      const created = await postGraphQL<{ learningPathCreate: { record: { id: string } | null } }>(
        graphql,
        'mutation ($input: LearningPathCreateInput!) { learningPathCreate(input: $input) { record { id } } }',
        {
          input: {
            title: 'Foundations',
            visibility: 'PUBLIC',
            items: picked.map((resource) => ({ resourceId: resource.id })),
          },
        },
        token,
      );
      pathId = created.data?.learningPathCreate.record?.id;
      if (!pathId) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(pathId).toBeDefined();

    const { data, errors } = await postGraphQL(
      graphql,
      'query ($id: ID!) { learningPath(id: $id) { title author { name } items { position resource { title } } } }',
      { id: pathId },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      learningPath: {
        title: 'Foundations',
        author: { name: 'Grace Hopper' },
        items: picked.map((resource, index) => ({ position: index + 1, resource: { title: resource.title } })),
      },
    });
  });

  it('stops every process it started on Ctrl-C', async () => {
    expect(await system.interrupt()).toBe(0);
    for (const port of Object.values(system.ports)) expect(await portIsClosed(port)).toBe(true);
  });
});
