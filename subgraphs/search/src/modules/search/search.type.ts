import { PageInfo } from '@learngraph/service-kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** A catalog resource, by reference: the router fetches its fields from the catalog. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('LearningResource')
export class LearningResourceReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('SearchResultEdge')
export class SearchResultEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Float, { description: 'Relevance; higher is better. Only comparable within one search.' })
  score!: number;

  @Field(() => LearningResourceReference)
  node!: LearningResourceReference;
}

@ObjectType('SearchResultConnection', { description: 'One page of search results, best match first.' })
export class SearchResultConnection {
  @Field(() => [SearchResultEdge])
  edges!: SearchResultEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many resources match.' })
  totalCount!: number;
}
