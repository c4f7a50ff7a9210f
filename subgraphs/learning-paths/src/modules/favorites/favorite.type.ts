import { PageInfo } from '@learngraph/service-kit';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { LearningPathMutationError, LearningResourceReference } from '../learning-paths/index.js';

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('FavoriteEdge')
export class FavoriteEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => DateTimeResolver, { description: 'When the resource was added to the favourites.' })
  addedAt!: Date;

  @Field(() => LearningResourceReference)
  node!: LearningResourceReference;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('FavoriteConnection', { description: 'One page of favourites, newest first.' })
export class FavoriteConnection {
  @Field(() => [FavoriteEdge])
  edges!: FavoriteEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('FavoriteResponse')
export class FavoriteResponse {
  @Field(() => Boolean)
  success!: boolean;

  @Field(() => LearningResourceReference, { nullable: true })
  record!: LearningResourceReference | null;

  @Field(() => [LearningPathMutationError])
  errors!: LearningPathMutationError[];
}
