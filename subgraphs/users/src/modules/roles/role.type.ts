import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../generated/prisma/enums.js';

@InputType('UserRoleInput')
export class UserRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;
}
