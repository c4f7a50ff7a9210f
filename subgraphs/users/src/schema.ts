import { buildFederatedSchema, uuidId } from '@learngraph/service-kit';
import type { UsersContext } from './context.js';
import { AccountResolver } from './modules/accounts/index.js';

/** The users subgraph's federated schema. */
export function buildUsersSchema() {
  return buildFederatedSchema<UsersContext>(
    { resolvers: [AccountResolver] },
    { User: { id: uuidId, resolve: (id, ctx) => ctx.loaders.user.load(id) } },
  );
}
