import { buildFederatedSchema, uuidId } from '@learngraph/service-kit';
import type { UsersContext } from './context.js';
import { AccountResolver, SignUpResolver } from './modules/accounts/index.js';
import { PartnerAppResolver } from './modules/partner-apps/index.js';
import { ProfileResolver } from './modules/profiles/index.js';
import { RoleResolver } from './modules/roles/index.js';
import { SessionResolver } from './modules/sessions/index.js';
import { SigningKeyResolver } from './modules/signing-keys/index.js';

/** The users subgraph's federated schema. */
export function buildUsersSchema() {
  return buildFederatedSchema<UsersContext>(
    {
      resolvers: [
        SignUpResolver,
        AccountResolver,
        SessionResolver,
        RoleResolver,
        SigningKeyResolver,
        PartnerAppResolver,
        ProfileResolver,
      ],
    },
    { User: { id: uuidId, resolve: (id, ctx) => ctx.loaders.user.load(id) } },
  );
}
