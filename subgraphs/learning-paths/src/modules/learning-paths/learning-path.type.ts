import { PageInfo } from '@learngraph/service-kit';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { PathVisibility } from '../../db.js';
import { learningPathLimits } from './learning-path-input.js';

export const LearningPathVisibility = { PRIVATE: 'PRIVATE', UNLISTED: 'UNLISTED', PUBLIC: 'PUBLIC' } as const;
registerEnumType(LearningPathVisibility, {
  name: 'LearningPathVisibility',
  description: 'Who sees a path besides its author and co-editors.',
  valuesConfig: {
    PRIVATE: { description: 'Nobody else; the path is not listed or counted anywhere for anyone else.' },
    UNLISTED: { description: 'Whoever has its id; it is not listed to others.' },
    PUBLIC: { description: 'Everyone; it is listed and browsable.' },
  },
});

/** A catalog resource, by reference: the router fetches its fields from the catalog; this subgraph adds paths and favourites. */
@Directive('@key(fields: "id")')
@Directive('@cacheControl(maxAge: 60)')
@ObjectType('LearningResource')
export class LearningResourceReference {
  @Directive('@tag(name: "public")')
  @Field(() => ID)
  id!: string;
}

/** A user, by reference; this subgraph adds their paths, followed paths and favourites. */
@Directive('@key(fields: "id")')
@ObjectType('User')
export class UserReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('LearningPathItem', { description: 'One step of a learning path.' })
export class LearningPathItem {
  /** The path it belongs to, for the viewer's progress; not part of the schema. */
  pathId!: string;

  @Directive('@tag(name: "public")')
  @Field(() => Int, { description: 'Order within the path, starting at 1.' })
  position!: number;

  @Directive('@tag(name: "public")')
  @Field(() => LearningResourceReference)
  resource!: LearningResourceReference;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true, description: "The editors' note on this step." })
  note!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => Boolean, { description: 'Whether the step is required to finish the path (else optional).' })
  required!: boolean;

  @Directive('@tag(name: "public")')
  @Field(() => Boolean, {
    description: 'False once the catalog unpublished the resource; the item stays in the path, shown as unavailable.',
  })
  available!: boolean;

  @Directive('@tag(name: "public")')
  @Field(() => DateTimeResolver)
  addedAt!: Date;
}

@ObjectType('LearningPathProgress', { description: "The signed-in learner's progress through a path." })
export class LearningPathProgress {
  @Field(() => Int, { description: 'Items marked done.' })
  done!: number;

  @Field(() => Int, { description: 'Items in the path.' })
  total!: number;

  @Field(() => Int, { description: 'done / total in whole percent, rounded down; 0 for an empty path.' })
  percent!: number;

  @Field(() => LearningPathItem, { nullable: true, description: 'The first available item not yet done.' })
  nextItem!: LearningPathItem | null;
}

@Directive('@key(fields: "id")')
@Directive('@cacheControl(maxAge: 60)')
@ObjectType('LearningPath', { description: 'An ordered selection of learning resources, curated by a user.' })
export class LearningPath {
  @Directive('@tag(name: "public")')
  @Field(() => ID)
  id!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String)
  title!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true })
  description!: string | null;

  @Directive(`@listSize(assumedSize: ${learningPathLimits.topicsMax})`)
  @Directive('@tag(name: "public")')
  @Field(() => [String], { description: 'Topic names, for browsing public paths by topic.' })
  topics!: string[];

  @Directive('@tag(name: "public")')
  @Field(() => LearningPathVisibility)
  visibility!: PathVisibility;

  @Directive('@tag(name: "public")')
  @Field(() => Int, {
    description: 'Raised by every change; pass it as `expectedVersion` to change only what you saw.',
  })
  version!: number;

  @Directive('@tag(name: "public")')
  @Field(() => Int)
  followerCount!: number;

  @Directive('@tag(name: "public")')
  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Directive('@tag(name: "public")')
  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('LearningPathEdge')
export class LearningPathEdge {
  @Directive('@tag(name: "public")')
  @Field(() => String)
  cursor!: string;

  @Directive('@tag(name: "public")')
  @Field(() => LearningPath)
  node!: LearningPath;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('LearningPathConnection', { description: 'One page of learning paths.' })
export class LearningPathConnection {
  @Directive('@tag(name: "public")')
  @Field(() => [LearningPathEdge])
  edges!: LearningPathEdge[];

  @Directive('@tag(name: "public")')
  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Directive('@tag(name: "public")')
  @Field(() => Int)
  totalCount!: number;
}
