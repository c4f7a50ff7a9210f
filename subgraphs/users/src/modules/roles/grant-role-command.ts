import { loadConfig, postgresUrl, type Role, roles } from '@learngraph/service-kit';
import { GraphQLError } from 'graphql';
import { createDatabase } from '../../db.js';
import { changeRole } from './change-role.js';

const usage = `usage: pnpm users:grant-role <email> <${roles.join('|')}> [--revoke]

Gives the account with <email> a role (or takes it away with --revoke), e.g. the first administrator of a
fresh installation. Uses DATABASE_URL, or the users database of the system \`pnpm start\` runs.`;

const isRole = (value: string | undefined): value is Role => roles.includes(value as Role);

/**
 * `pnpm users:grant-role <email> <ROLE> [--revoke]`: exit code 0 when the account has (or no longer has) the
 * role, 1 when no account has the email or the change is refused, 2 for wrong arguments or configuration.
 *
 * @example
 * process.exitCode = await grantRoleCommand(['ada@example.org', 'ADMIN'], console.log, process.env);
 */
export async function grantRoleCommand(
  args: readonly string[],
  print: (line: string) => void,
  env: Record<string, string | undefined>,
): Promise<number> {
  const revoke = args.includes('--revoke');
  const [email, role, ...rest] = args.filter((arg) => arg !== '--revoke');
  if (!email || !isRole(role) || rest.length > 0) {
    print(usage);
    return 2;
  }
  const { DATABASE_URL } = loadConfig({ DATABASE_URL: postgresUrl() }, env);
  const db = createDatabase(DATABASE_URL);
  try {
    const user = await changeRole(db, { email: email.trim().toLowerCase() }, { role, granted: !revoke });
    print(`${user.email} has the roles ${user.roles.join(', ')}; tokens carry them from the next refresh.`);
    return 0;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    print(error.message);
    return 1;
  } finally {
    await db.$disconnect();
  }
}
