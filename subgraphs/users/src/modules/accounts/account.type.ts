import { Field, InputType, ObjectType } from 'type-graphql';
import { UserMutationError } from '../../mutation-response.js';
import { User } from './user.type.js';

@ObjectType('AccountCreateResponse', {
  description: 'The same answer whether or not the email already had an account: the inbox tells the rest.',
})
export class AccountCreateResponse {
  @Field(() => Boolean)
  success!: boolean;

  @Field(() => String, { nullable: true, description: 'What happens next, for people.' })
  message!: string | null;

  @Field(() => [UserMutationError])
  errors!: UserMutationError[];
}

@ObjectType('AccountResponse')
export class AccountResponse {
  @Field(() => Boolean)
  success!: boolean;

  @Field(() => User, { nullable: true, description: 'The account after the change (as it was, once deleted).' })
  record!: User | null;

  @Field(() => [UserMutationError])
  errors!: UserMutationError[];
}

@InputType('AccountCreateInput')
export class AccountCreateInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'At least 12 characters, and not one of the 10,000 most common passwords.' })
  password!: string;

  @Field(() => String)
  name!: string;
}

@InputType('AccountVerifyInput')
export class AccountVerifyInput {
  @Field(() => String, { description: 'The token from the verification email.' })
  token!: string;
}

@InputType('PasswordChangeInput')
export class PasswordChangeInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String)
  newPassword!: string;
}

@InputType('AccountDeleteInput')
export class AccountDeleteInput {
  @Field(() => String, { description: 'The current password, to confirm.' })
  password!: string;
}
