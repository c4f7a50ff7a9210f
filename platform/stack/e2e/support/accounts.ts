import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { postGraphQL } from '@learngraph/service-kit/testing';
import pg from 'pg';

/** A session as `accountVerify` and `sessionCreate` answer it. */
export interface E2eSession {
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}

/**
 * The newest verification token the users outbox holds for `email`: what the mailer would send. Read from the
 * running system's users database, whose URL it recorded in `stack.json`.
 */
export async function verificationToken(dataDir: string, email: string): Promise<string> {
  const state = JSON.parse(await readFile(join(dataDir, 'stack.json'), 'utf8')) as { databaseUrls: { users: string } };
  const client = new pg.Client({ connectionString: state.databaseUrls.users });
  await client.connect();
  try {
    const { rows } = await client.query<{ token: string }>(
      `SELECT payload->>'token' AS token FROM outbox_event
       WHERE type = 'users.email-verification.requested' AND payload->>'email' = $1
       ORDER BY sequence DESC LIMIT 1`,
      [email],
    );
    if (!rows[0]) throw new Error(`no verification was requested for ${email}`);
    return rows[0].token;
  } finally {
    await client.end();
  }
}

/**
 * Signs `email` up through the system's public URL and follows the emailed link, as a person would: the
 * session it starts.
 *
 * @example
 * const { accessToken } = await createAccount(system, { email: 'ada@example.org', password: 'a long enough password', name: 'Ada' });
 */
export async function createAccount(
  system: { url: string; dataDir: string },
  input: { email: string; password: string; name: string },
): Promise<E2eSession> {
  const graphql = `${system.url}/graphql`;
  const created = await postGraphQL<{ accountCreate: { success: boolean } }>(
    graphql,
    'mutation ($input: AccountCreateInput!) { accountCreate(input: $input) { success } }',
    { input },
  );
  if (!created.data?.accountCreate.success) throw new Error(`sign-up failed: ${JSON.stringify(created)}`);
  const token = await verificationToken(system.dataDir, input.email);
  const verified = await postGraphQL<{ accountVerify: { record: E2eSession | null } }>(
    graphql,
    'mutation ($input: AccountVerifyInput!) { accountVerify(input: $input) { record { accessToken refreshToken user { id } } } }',
    { input: { token } },
  );
  const session = verified.data?.accountVerify.record;
  if (!session) throw new Error(`verification failed: ${JSON.stringify(verified)}`);
  return session;
}
