import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FaultSystem, type SubgraphName, startFaultSystem } from '../support/fault-system.js';
import { waitUntil } from '../support/poll.js';
import { answered, prepareQueryKinds, type QueryKind, type Shot, unavailable } from '../support/query-kinds.js';
import { startLoad } from './load-generator.js';

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
    kinds = await prepareQueryKinds(system);
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
