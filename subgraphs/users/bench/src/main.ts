import { configOrExit, createTokenVerifier, remoteKeySet } from '@learngraph/service-kit';
import {
  type BenchRequest,
  formatRow,
  postGraphQL,
  runConcurrent,
  runSequential,
  summarize,
  tableHeader,
} from '@learngraph/service-kit/testing';
import { readBenchConfig } from './config.js';
import { benchPassword, startBenchUsers } from './start-bench-users.js';

const config = configOrExit(() => readBenchConfig());
const argon2 = {
  memoryCost: config.ARGON2_MEMORY_KIB,
  timeCost: config.ARGON2_TIME_COST,
  parallelism: config.ARGON2_PARALLELISM,
};
const accounts = 20;
const signIn = (index: number): BenchRequest => ({
  shape: 'sessionCreate',
  query: 'mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { success record { accessToken } } }',
  variables: { input: { email: `bench${index % accounts}@example.org`, password: benchPassword } },
});

async function main() {
  console.log(
    `Users benchmark: argon2id m=${argon2.memoryCost} KiB, t=${argon2.timeCost}, p=${argon2.parallelism}; ${config.BENCH_SIGN_INS} sign-ins per pass`,
  );
  const users = await startBenchUsers(argon2, accounts);
  try {
    await runSequential(users.endpoint, 5, signIn, users.statements);
    const sequential = await runSequential(users.endpoint, config.BENCH_SIGN_INS, signIn, users.statements);
    const concurrent = await runConcurrent(users.endpoint, config.BENCH_SIGN_INS, config.BENCH_CONCURRENCY, signIn);
    console.log(`\nsign-in latency in ms (over HTTP, throttle in Redis, argon2id verification)\n${tableHeader}`);
    console.log(formatRow('sign-in, sequential', summarize(sequential.samples, sequential.wallMs)));
    console.log(
      formatRow(`sign-in, ${config.BENCH_CONCURRENCY} at once`, summarize(concurrent.samples, concurrent.wallMs)),
    );

    const session = await postGraphQL<{ sessionCreate: { record: { accessToken: string } } }>(
      users.endpoint.url,
      signIn(0).query,
      signIn(0).variables,
      undefined,
      users.endpoint.routerKey,
    );
    const token = session.data?.sessionCreate.record.accessToken ?? '';
    // The router's own verifier: the users subgraph's JWKS fetched once, then every token checked from the cache.
    const verifier = createTokenVerifier(remoteKeySet(users.jwksUrl));
    await verifier.verify(token);
    const started = performance.now();
    for (let index = 0; index < config.BENCH_VERIFICATIONS; index += 1) await verifier.verify(token);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `\nrouter token verifications: ${(config.BENCH_VERIFICATIONS / seconds).toFixed(0)}/s on one core (${config.BENCH_VERIFICATIONS} EdDSA tokens, JWKS cached)`,
    );
  } finally {
    await users.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
