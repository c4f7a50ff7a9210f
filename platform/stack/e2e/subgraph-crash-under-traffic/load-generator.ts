import { fire, type QueryKind, type Shot } from '../support/query-kinds.js';

/**
 * Sends the kinds of query in turn from `concurrency` clients at once, without pause, until stopped, and
 * keeps every shot.
 *
 * @example
 * const load = startLoad(`${system.url}/graphql`, kinds, 4);
 * const recent = load.since(Date.now() - 1000);
 * await load.stop();
 */
export function startLoad(graphqlUrl: string, kinds: QueryKind[], concurrency: number) {
  const shots: Shot[] = [];
  let running = true;
  const client = async (offset: number) => {
    for (let turn = offset; running; turn++)
      shots.push(await fire(graphqlUrl, kinds[turn % kinds.length] as QueryKind));
  };
  const clients = Array.from({ length: concurrency }, (_, offset) => client(offset));
  return {
    shots,
    since: (time: number) => shots.filter((shot) => shot.startedAt >= time),
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}
