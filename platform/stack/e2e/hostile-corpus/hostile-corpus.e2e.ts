import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from '../support/start-system.js';
import { type CorpusContext, hostileCorpus } from './corpus/index.js';
import { corpusContext } from './corpus-context.js';
import { firstErrorCode, send } from './send.js';

/** The bound the issue sets on every hostile request, answered or refused. */
const slowestAllowedMs = 2_000;
const services = ['EDGE', 'ROUTER', 'CATALOG', 'USERS', 'SEARCH', 'LEARNING_PATHS', 'WEB'] as const;
const healthPath = (service: (typeof services)[number]) =>
  service === 'EDGE' || service === 'WEB' ? '/' : service === 'ROUTER' ? '/health' : '/health/live';

describe(`the hostile corpus (${hostileCorpus.length} requests) through the edge`, () => {
  let system: RunningSystem;
  let context: CorpusContext;
  let processesBefore: Record<string, unknown>;
  /** Each service's pid and restart count, as the launcher records them. */
  const processes = async () => {
    const state = JSON.parse(await readFile(join(system.dataDir, 'stack.json'), 'utf8')) as {
      services: Record<string, { pid: number | null; restarts: number }>;
    };
    return Object.fromEntries(
      Object.entries(state.services).map(([name, { pid, restarts }]) => [name, { pid, restarts }]),
    );
  };

  beforeAll(async () => {
    system = await startSystem();
    context = await corpusContext(system);
    processesBefore = await processes();
  });
  afterAll(async () => {
    await system?.interrupt();
  });

  it.each(hostileCorpus.map((hostile) => [`${hostile.category}: ${hostile.name}`, hostile] as const))(
    '%s',
    async (_, hostile) => {
      const answer = await send(hostile, system.ports, context, slowestAllowedMs + 1_000);
      const seen = `HTTP ${answer.status} in ${Math.round(answer.ms)} ms: ${answer.body.slice(0, 300)}`;
      expect(answer.status, seen).toBeLessThan(500);
      expect([hostile.expect.status].flat(), seen).toContain(answer.status);
      if (hostile.expect.code) expect(firstErrorCode(answer.body), seen).toBe(hostile.expect.code);
      for (const text of hostile.expect.without ?? []) expect(answer.body, seen).not.toContain(text);
      expect(answer.body, seen).not.toMatch(/\bat [\w.]+ \(.*:\d+:\d+\)/);
      expect(answer.ms, seen).toBeLessThan(slowestAllowedMs);
    },
  );

  it('leaves every service alive and answering, in the same process as before', async () => {
    expect(await processes()).toEqual(processesBefore);
    for (const service of services) {
      const response = await fetch(`http://127.0.0.1:${system.ports[service]}${healthPath(service)}`);
      expect(response.status, service).toBe(200);
    }
    const response = await fetch(`${system.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ learningResources(first: 1) { totalCount } }' }),
    });
    expect(((await response.json()) as { data?: unknown }).data).toBeDefined();
  });
});
