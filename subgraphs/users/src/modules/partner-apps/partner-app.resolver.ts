import { notFound, requireUuid } from '@learngraph/service-kit';
import { Arg, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { requireAdmin } from '../../admin-access.js';
import type { UsersContext } from '../../context.js';
import { answer } from '../../mutation-response.js';
import { newApiKey } from './api-key-secret.js';
import {
  ApiKeyCreateInput,
  ApiKeyResponse,
  ApiKeyRevokeInput,
  PartnerApp,
  PartnerAppCreateInput,
  PartnerAppResponse,
  PartnerAppUpdateInput,
} from './partner-app.type.js';
import { readKeyExpiry, readPartnerAppCreate, readPartnerAppUpdate } from './partner-app-input.js';

const refusal = 'Only administrators can manage partner apps.';

/** Partner apps and their API keys, for administrators. */
@Resolver()
export class PartnerAppResolver {
  @Directive('@requiresScopes(scopes: [["role:admin"]])')
  @Query(() => [PartnerApp], { description: 'Every partner app with its keys (administrators only).' })
  async partnerApps(@Ctx() ctx: UsersContext) {
    await requireAdmin(ctx, refusal);
    return ctx.partnerApps.list();
  }

  @Directive('@requiresScopes(scopes: [["role:admin"]])')
  @Mutation(() => PartnerAppResponse, { description: 'Registers a partner app (administrators only).' })
  async partnerAppCreate(
    @Arg('input', () => PartnerAppCreateInput) input: PartnerAppCreateInput,
    @Ctx() ctx: UsersContext,
  ) {
    await requireAdmin(ctx, refusal);
    return answer(() => ctx.partnerApps.create(readPartnerAppCreate(input)));
  }

  @Directive('@requiresScopes(scopes: [["role:admin"]])')
  @Mutation(() => PartnerAppResponse, {
    description: 'Changes a partner app (administrators only); keys follow within the router cache time.',
  })
  async partnerAppUpdate(
    @Arg('input', () => PartnerAppUpdateInput) input: PartnerAppUpdateInput,
    @Ctx() ctx: UsersContext,
  ) {
    await requireAdmin(ctx, refusal);
    return answer(async () => {
      const id = requireUuid(input.id, 'id');
      const app = await ctx.partnerApps.update(id, readPartnerAppUpdate({ ...input }));
      if (!app) throw notFound('No partner app has this id.');
      return app;
    });
  }

  @Directive('@requiresScopes(scopes: [["role:admin"]])')
  @Mutation(() => ApiKeyResponse, {
    description: 'Issues an API key for a partner app (administrators only); `secret` is the key, shown this once.',
  })
  async apiKeyCreate(@Arg('input', () => ApiKeyCreateInput) input: ApiKeyCreateInput, @Ctx() ctx: UsersContext) {
    await requireAdmin(ctx, refusal);
    let secret: string | null = null;
    const result = await answer(async () => {
      const appId = requireUuid(input.appId, 'appId');
      const expiresAt = readKeyExpiry(input.expiresAt);
      if (!(await ctx.partnerApps.find(appId))) throw notFound('No partner app has this id.');
      const { key, prefix, secretHash } = newApiKey();
      const record = await ctx.partnerApps.addKey(appId, prefix, secretHash, expiresAt);
      secret = key;
      return record;
    });
    return { ...result, secret };
  }

  @Directive('@requiresScopes(scopes: [["role:admin"]])')
  @Mutation(() => ApiKeyResponse, {
    description: 'Revokes an API key (administrators only): refused by the router within its cache time (30 s).',
  })
  async apiKeyRevoke(@Arg('input', () => ApiKeyRevokeInput) input: ApiKeyRevokeInput, @Ctx() ctx: UsersContext) {
    await requireAdmin(ctx, refusal);
    const result = await answer(async () => {
      const key = await ctx.partnerApps.revokeKey(requireUuid(input.id, 'id'));
      if (!key) throw notFound('No API key has this id.');
      return key;
    });
    return { ...result, secret: null };
  }
}
