import { PrismaPg } from '@prisma/adapter-pg';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createPrismaClient, createSubgraphServer, readRows } from '../src/index.js';
import { freePort, generateRouterKey, listenOnFreePort, postGraphQL } from '../src/testing/index.js';

const postgresUrl = process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Runs one statement through Prisma's PostgreSQL driver adapter, as every subgraph's client does. */
async function runStatement(connectionString: string, sql: string): Promise<void> {
  const adapter = await new PrismaPg({ connectionString }).connect();
  try {
    await adapter.queryRaw({ sql, args: [], argTypes: [] });
  } finally {
    await adapter.dispose();
  }
}

/** What `createPrismaClient` needs of a generated client, for a test that only reads through `readRows`. */
class ClientStandIn {
  constructor(readonly options: { adapter: PrismaPg }) {}
  $on() {}
  async $disconnect() {
    const adapter = await this.options.adapter.connect();
    await adapter.dispose();
  }
}

describe('a subgraph whose database fails', () => {
  const routerKey = generateRouterKey();
  let baseUrl: string;
  let unreachable: string;
  const schema = buildSchema('type Query { unreachable: Int, refused: Int, unreachableRows: Int, refusedRows: Int }');
  const { server, start, stop } = createSubgraphServer({
    schema,
    context: async () => ({}),
    readiness: {},
    logger: createLogger('database-unavailable-test', 'silent'),
    routerKeys: [routerKey],
  });
  beforeAll(async () => {
    unreachable = `postgresql://postgres@127.0.0.1:${await freePort()}/gone`;
    Object.assign(schema.getQueryType()?.getFields().unreachable ?? {}, {
      resolve: () => runStatement(unreachable, 'SELECT 1'),
    });
    Object.assign(schema.getQueryType()?.getFields().refused ?? {}, {
      resolve: () => runStatement(postgresUrl, 'SELEC 1'),
    });
    // The same through `readRows`, which reads straight from the client's node-postgres pool.
    const rowsOf = (url: string, text: string) => async () => {
      const client = createPrismaClient(ClientStandIn, url);
      try {
        return (await readRows(client, { text, values: [] })).length;
      } finally {
        await client.$disconnect();
      }
    };
    Object.assign(schema.getQueryType()?.getFields().unreachableRows ?? {}, {
      resolve: rowsOf(unreachable, 'SELECT 1'),
    });
    Object.assign(schema.getQueryType()?.getFields().refusedRows ?? {}, { resolve: rowsOf(postgresUrl, 'SELEC 1') });
    await start();
    baseUrl = await listenOnFreePort(server);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await stop();
  });

  it('answers DATABASE_UNAVAILABLE, without the address, while the database cannot be reached', async () => {
    const answer = await postGraphQL(`${baseUrl}/graphql`, '{ unreachable }', {}, undefined, routerKey);
    expect(answer.errors).toEqual([
      {
        message: 'The database is unavailable; try again shortly.',
        locations: [{ line: 1, column: 3 }],
        path: ['unreachable'],
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      },
    ]);
  });

  it('answers the same for statements read through readRows', async () => {
    const unreachableRows = await postGraphQL(`${baseUrl}/graphql`, '{ unreachableRows }', {}, undefined, routerKey);
    expect(unreachableRows.errors).toMatchObject([{ extensions: { code: 'DATABASE_UNAVAILABLE' } }]);
    const refusedRows = await postGraphQL(`${baseUrl}/graphql`, '{ refusedRows }', {}, undefined, routerKey);
    expect(refusedRows.errors).toMatchObject([{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });

  it('keeps hiding a statement the database refuses as INTERNAL_SERVER_ERROR', async () => {
    const answer = await postGraphQL(`${baseUrl}/graphql`, '{ refused }', {}, undefined, routerKey);
    expect(answer.errors).toMatchObject([
      { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });
});
