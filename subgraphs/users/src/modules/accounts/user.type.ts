import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../generated/prisma/enums.js';

registerEnumType(Role, { name: 'Role', description: 'What a person may do: learn, edit the catalog, administer.' });

@Directive('@key(fields: "id")')
@ObjectType('User', { description: 'A person with a Learngraph account.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The name the person chose to show.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Only visible to the person themselves and administrators.' })
  email!: string | null;

  @Field(() => [Role], { nullable: true, description: 'Only visible to the person themselves and administrators.' })
  roles!: Role[] | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}
