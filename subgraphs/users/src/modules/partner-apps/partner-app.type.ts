import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { RateTier } from '../../generated/prisma/enums.js';
import { UserMutationError } from '../../mutation-response.js';

registerEnumType(RateTier, { name: 'RateTier', description: 'How many requests a partner app may make.' });

@ObjectType('ApiKey', { description: 'A key of a partner app; the secret part is shown only when it is created.' })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The visible start of the key, `lgk_<prefix>_…`, to tell keys apart.' })
  prefix!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the router last resolved it (to the minute).' })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it stops working; null: when revoked.' })
  expiresAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('PartnerApp', { description: 'An application of a partner, calling the API with its API keys.' })
export class PartnerApp {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  contactEmail!: string;

  @Field(() => [String])
  allowedOrigins!: string[];

  @Field(() => [String], { description: '`catalog:read`, `search:read`, `paths:read`.' })
  scopes!: string[];

  @Field(() => RateTier)
  rateTier!: RateTier;

  @Field(() => [ApiKey])
  apiKeys!: ApiKey[];
}

@ObjectType('PartnerAppResponse')
export class PartnerAppResponse {
  @Field(() => Boolean)
  success!: boolean;

  @Field(() => PartnerApp, { nullable: true })
  record!: PartnerApp | null;

  @Field(() => [UserMutationError])
  errors!: UserMutationError[];
}

@ObjectType('ApiKeyResponse')
export class ApiKeyResponse {
  @Field(() => Boolean)
  success!: boolean;

  @Field(() => ApiKey, { nullable: true })
  record!: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The whole key, shown this once (after `apiKeyCreate`) and never again.',
  })
  secret!: string | null;

  @Field(() => [UserMutationError])
  errors!: UserMutationError[];
}

@InputType('PartnerAppCreateInput')
export class PartnerAppCreateInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  contactEmail!: string;

  @Field(() => [String], { defaultValue: [], description: 'https origins, e.g. `https://portal.example.edu`.' })
  allowedOrigins!: string[];

  @Field(() => [String])
  scopes!: string[];

  @Field(() => RateTier, { defaultValue: RateTier.STANDARD })
  rateTier!: RateTier;
}

@InputType('PartnerAppUpdateInput')
export class PartnerAppUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => [String], { nullable: true })
  allowedOrigins?: string[] | null;

  @Field(() => [String], { nullable: true })
  scopes?: string[] | null;

  @Field(() => RateTier, { nullable: true })
  rateTier?: RateTier | null;
}

@InputType('ApiKeyCreateInput')
export class ApiKeyCreateInput {
  @Field(() => ID)
  appId!: string;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      'When the key stops working: in the future, at most two years ahead; null for a key that works until revoked.',
  })
  expiresAt?: Date | null;
}

@InputType('ApiKeyRevokeInput')
export class ApiKeyRevokeInput {
  @Field(() => ID)
  id!: string;
}
