import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../generated/prisma/enums.js';

registerEnumType(Role, { name: 'Role', description: 'What a person may do: learn, edit the catalog, administer.' });

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Topic', { description: 'A topic of the catalog, resolved there.' })
export class Topic {
  @Field(() => ID)
  id!: string;
}

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

  @Field(() => String, {
    nullable: true,
    description: 'How the person wants to be called in public; `name` when null.',
  })
  displayName!: string | null;

  @Field(() => String, { nullable: true, description: 'An https URL of their picture.' })
  avatarUrl!: string | null;

  /** Topic ids as stored; the field resolver hands them to the catalog as `Topic` references. */
  @Field(() => [Topic], { description: 'The catalog topics they are interested in.' })
  interests!: string[];

  @Field(() => [String], { description: 'ISO 639-1 codes, most preferred first.' })
  preferredLanguages!: string[];

  @Field(() => [String], { description: 'What they want to learn, in their own words.' })
  learningGoals!: string[];
}
