import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogEditor } from '../support/catalog-editor.js';
import { type FaultSystem, type SubgraphName, startFaultSystem } from '../support/fault-system.js';
import { waitUntil } from '../support/poll.js';
import { answered, type QueryKind, type Shot, startLoad, unavailable } from './load-generator.js';

/** Every kind of query, named for the subgraphs it needs, for a learner who wrote one path. */
function queryKinds(token: string, pathId: string): QueryKind[] {
  return [
    {
      name: 'resources',
      touches: ['catalog'],
      query: '{ learningResources(first: 5) { totalCount edges { node { id title } } } }',
    },
    { name: 'me', touches: ['users'], query: '{ me { id name } }', token },
    { name: 'search', touches: ['search'], query: '{ search(query: "drill") { totalCount } }' },
    {
      name: 'path',
      touches: ['learning-paths'],
      query: 'query ($id: ID!) { learningPath(id: $id) { title items { position } } }',
      variables: { id: pathId },
    },
    {
      name: 'everything',
      touches: ['catalog', 'users', 'search', 'learning-paths'],
      query: `query ($id: ID!) {
        learningPath(id: $id) { title author { name } items { resource { title } } }
        search(query: "drill") { totalCount }
      }`,
      variables: { id: pathId },
    },
  ];
}

describe('kill -9 of each subgraph while traffic flows through the edge', () => {
  let system: FaultSystem;
  let kinds: QueryKind[];
  let load: ReturnType<typeof startLoad>;
  const touches = (shot: Shot, subgraph: SubgraphName) =>
    kinds.find((kind) => kind.name === shot.kind)?.touches.includes(subgraph) ?? false;
  /** Waits until every kind of query that needs `subgraph` (or every kind) has answered since `time`. */
  const everyKindAnswersSince = (what: string, time: number, subgraph?: SubgraphName) =>
    waitUntil(
      what,
      async () => load.since(time),
      (shots) =>
        kinds
          .filter((kind) => !subgraph || kind.touches.includes(subgraph))
          .every((kind) => shots.some((shot) => shot.kind === kind.name && answered(shot))),
    );

  beforeAll(async () => {
    system = await startFaultSystem();
    const editor = catalogEditor(system);
    const resourceIds = [
      await editor.create('crash-1'),
      await editor.create('crash-2'),
      await editor.create('crash-3'),
    ];
    const signUp = await system.graphql<{ signUp: { token: string } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
      { input: { email: 'learner@example.org', password: 'a long enough password', name: 'Ada Lovelace' } },
    );
    const token = signUp.data?.signUp.token ?? '';
    // learning-paths learns about the resources from catalog events, a moment after they are created
    const created = await waitUntil(
      'learning-paths accepts a path of the new resources',
      () =>
        system.graphql<{ createLearningPath: { id: string } }>(
          'mutation ($input: CreateLearningPathInput!) { createLearningPath(input: $input) { id } }',
          { input: { title: 'Resilience', resourceIds } },
          token,
        ),
      (answer) => Boolean(answer.data?.createLearningPath.id),
    );
    kinds = queryKinds(token, created.data?.createLearningPath.id ?? '');
    load = startLoad(`${system.url}/graphql`, kinds, 4);
  });
  afterAll(async () => {
    await load?.stop();
    await system?.stop();
  });
  beforeEach(({ onTestFailed }) => onTestFailed(() => console.error(`The launcher said:\n${system.story()}`)));

  for (const subgraph of ['catalog', 'users', 'search', 'learning-paths'] as const) {
    it(`answers what does not need ${subgraph}, answers its fields SUBGRAPH_UNAVAILABLE, and has it back`, async () => {
      const before = Date.now();
      await everyKindAnswersSince(`every kind of query answers before ${subgraph} is killed`, before);
      const router = (await system.service('router')).origin;
      type Readiness = { status: string; subgraphs: Record<string, string> };
      const reports: Readiness[] = [];
      let watching = true;
      const watcher = (async () => {
        while (watching) reports.push((await (await fetch(`${router}/health/ready`)).json()) as Readiness);
      })();

      const killedAt = Date.now();
      const killed = await system.kill(subgraph);
      const back = await system.waitForReturn(subgraph, killed);
      const readyAt = Date.now();
      watching = false;
      await watcher;
      await everyKindAnswersSince(`the queries that need ${subgraph} answer again`, readyAt, subgraph);

      const during = load.shots.filter((shot) => shot.startedAt >= killedAt && shot.startedAt <= readyAt);
      const others = during.filter((shot) => !touches(shot, subgraph));
      const its = during.filter((shot) => touches(shot, subgraph));
      expect(others.length).toBeGreaterThan(0);
      expect(others.filter((shot) => !answered(shot))).toEqual([]);
      expect(its.filter((shot) => !answered(shot) && !unavailable(shot, subgraph))).toEqual([]);
      expect(its.filter((shot) => unavailable(shot, subgraph)).length).toBeGreaterThan(0);
      expect(load.since(before).filter((shot) => shot.status !== 200)).toEqual([]);
      expect(
        reports.some((report) => report.status === 'degraded' && report.subgraphs[subgraph] === 'unavailable'),
      ).toBe(true);
      expect(back.restarts).toBe(1);
      expect(system.story()).toContain(`[stack] ${subgraph} exited (SIGKILL); restarting in`);
      expect(system.story()).toContain(`[stack] ${subgraph} is ready again`);
    });
  }
});
