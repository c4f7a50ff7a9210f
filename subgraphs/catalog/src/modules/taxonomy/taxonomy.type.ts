import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@Directive('@cacheControl(maxAge: 600)')
@ObjectType('Platform', { description: 'Where resources live, e.g. MIT OpenCourseWare.' })
export class Platform {
  @Directive('@tag(name: "public")')
  @Field(() => ID, { description: 'The stable code, e.g. "ocw".' })
  id!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String)
  name!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true })
  url!: string | null;
}

@Directive('@key(fields: "id")')
@Directive('@cacheControl(maxAge: 600)')
@ObjectType('Offeror', { description: 'Who offers resources, e.g. MITx.' })
export class Offeror {
  @Directive('@tag(name: "public")')
  @Field(() => ID, { description: 'The stable code, e.g. "mitx".' })
  id!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String)
  name!: string;

  @Directive('@tag(name: "public")')
  @Field(() => Boolean, { description: 'Offers professional education.' })
  professional!: boolean;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true })
  description!: string | null;
}

@Directive('@cacheControl(maxAge: 600)')
@ObjectType('School', { description: 'An MIT school, grouping departments.' })
export class School {
  @Directive('@tag(name: "public")')
  @Field(() => ID, { description: 'A stable code derived from the name.' })
  id!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String)
  name!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true })
  url!: string | null;
}

@Directive('@key(fields: "id")')
@Directive('@cacheControl(maxAge: 600)')
@ObjectType('Department', { description: 'An MIT department.' })
export class Department {
  @Directive('@tag(name: "public")')
  @Field(() => ID, { description: 'The MIT department code, e.g. "18" or "21A".' })
  id!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String)
  name!: string;

  schoolCode!: string | null;
}

@Directive('@key(fields: "id")')
@Directive('@cacheControl(maxAge: 600)')
@ObjectType('Topic', { description: 'A subject in the topic tree.' })
export class Topic {
  @Directive('@tag(name: "public")')
  @Field(() => ID, { description: 'The stable id from the seeded taxonomy.' })
  id!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String, { description: 'A URL-safe code, e.g. "computer-science".' })
  code!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String)
  name!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true, description: 'The name of an icon (Remix Icon set).' })
  icon!: string | null;

  parentId!: string | null;
}
