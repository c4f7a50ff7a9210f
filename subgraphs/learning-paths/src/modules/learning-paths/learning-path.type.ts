import { PageInfo } from '@learngraph/service-kit';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** A catalog resource, by reference: the router fetches its fields from the catalog. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('LearningResource')
export class LearningResourceReference {
  @Field(() => ID)
  id!: string;
}

/** A user, by reference; this subgraph adds the paths they wrote. */
@Directive('@key(fields: "id")')
@ObjectType('User')
export class Author {
  @Field(() => ID)
  id!: string;
}

@ObjectType('LearningPathItem', { description: 'One step of a learning path.' })
export class LearningPathItem {
  @Field(() => Int, { description: 'Order within the path, starting at 1.' })
  position!: number;

  @Field(() => LearningResourceReference)
  resource!: LearningResourceReference;
}

@Directive('@key(fields: "id")')
@ObjectType('LearningPath', { description: 'An ordered selection of learning resources, curated by a user.' })
export class LearningPath {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@ObjectType('LearningPathEdge')
export class LearningPathEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => LearningPath)
  node!: LearningPath;
}

@ObjectType('LearningPathConnection', { description: 'One page of learning paths.' })
export class LearningPathConnection {
  @Field(() => [LearningPathEdge])
  edges!: LearningPathEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@InputType('CreateLearningPathInput')
export class CreateLearningPathInput {
  @Field(() => String, { description: '1 to 200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'At most 5,000 characters.' })
  description?: string | null;

  @Field(() => [ID], { description: 'The resources in order; at most 100, each a published catalog resource.' })
  resourceIds!: string[];
}
