import { PageInfo } from '@learngraph/service-kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Highlight, SearchRequest } from './search-engine.js';

/** A catalog resource, by reference: the router fetches its fields from the catalog; search adds `similar`. */
@Directive('@key(fields: "id")')
@Directive('@cacheControl(maxAge: 60)')
@ObjectType('LearningResource')
export class LearningResourceReference {
  @Directive('@tag(name: "public")')
  @Field(() => ID)
  id!: string;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('SearchHighlight', {
  description: 'Snippets of a match with the matched words marked: HTML-escaped text with `<mark>` around matches.',
})
export class SearchHighlight {
  @Directive('@tag(name: "public")')
  @Field(() => String)
  title!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true, description: 'Up to two fragments of the description around matches.' })
  description!: string | null;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('SearchResultEdge')
export class SearchResultEdge {
  @Directive('@tag(name: "public")')
  @Field(() => String)
  cursor!: string;

  @Directive('@tag(name: "public")')
  @Field(() => Float, { description: 'Relevance; higher is better. Only comparable within one search.' })
  score!: number;

  @Directive('@tag(name: "public")')
  @Field(() => LearningResourceReference)
  node!: LearningResourceReference;

  /** Loads this match's highlight together with the rest of the page's (one query a page). */
  loadHighlight!: () => Promise<Highlight | null>;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('SearchResultConnection', { description: 'One page of search results, in the order asked for.' })
export class SearchResultConnection {
  @Directive('@tag(name: "public")')
  @Field(() => [SearchResultEdge])
  edges!: SearchResultEdge[];

  @Directive('@tag(name: "public")')
  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Directive('@tag(name: "public")')
  @Field(() => Int, { description: 'How many resources match.' })
  totalCount!: number;

  /** The search this page answers; facets and corrections are computed from it only when asked for. */
  request!: SearchRequest;
}
