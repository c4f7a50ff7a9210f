import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType('User', { description: 'A person with a Learngraph account.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The name the person chose to show.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Only visible to the person themselves.' })
  email!: string | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@ObjectType('AuthPayload', { description: 'A signed access token for the person who just signed up or in.' })
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => DateTimeResolver)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@InputType('SignUpInput')
export class SignUpInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  password!: string;

  @Field(() => String)
  name!: string;
}

@InputType('SignInInput')
export class SignInInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;
}
