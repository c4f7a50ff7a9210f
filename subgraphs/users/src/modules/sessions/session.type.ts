import { DateTimeResolver } from 'graphql-scalars';
import { Field, InputType, ObjectType } from 'type-graphql';
import { UserMutationError } from '../../mutation-response.js';
import { User } from '../accounts/index.js';

@ObjectType('Session', {
  description: 'A signed-in session: a short-lived access token and the refresh token that renews it.',
})
export class Session {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`; valid for minutes.' })
  accessToken!: string;

  @Field(() => DateTimeResolver)
  accessTokenExpiresAt!: Date;

  @Field(() => String, {
    description: 'Exchange for a new session with `sessionRefresh` before it expires; each works once. Keep it secret.',
  })
  refreshToken!: string;

  @Field(() => DateTimeResolver)
  refreshTokenExpiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType('SessionResponse')
export class SessionResponse {
  @Field(() => Boolean)
  success!: boolean;

  @Field(() => Session, { nullable: true })
  record!: Session | null;

  @Field(() => [UserMutationError])
  errors!: UserMutationError[];
}

@InputType('SessionCreateInput')
export class SessionCreateInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;
}

@InputType('SessionRefreshInput')
export class SessionRefreshInput {
  @Field(() => String)
  refreshToken!: string;
}

@InputType('SessionDeleteInput')
export class SessionDeleteInput {
  @Field(() => String, { description: 'The refresh token of the session to end.' })
  refreshToken!: string;
}
