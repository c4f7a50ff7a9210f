import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { CertificationType, Delivery, Level, ResourceType, ResourceTypeGroup } from './catalog-enums.js';

export const SearchSort = {
  RELEVANCE: 'RELEVANCE',
  NEWEST: 'NEWEST',
  MOST_VIEWED: 'MOST_VIEWED',
  UPCOMING: 'UPCOMING',
} as const;
export type SearchSort = (typeof SearchSort)[keyof typeof SearchSort];

registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: 'The order of search results; ties are broken by id, so pages never overlap.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match first; without a query, most viewed first.' },
    NEWEST: { description: 'Most recently added to the catalog first.' },
    MOST_VIEWED: { description: 'Most viewed first.' },
    UPCOMING: { description: 'Soonest upcoming start first; resources with none ahead last.' },
  },
});

@InputType('SearchFilter', {
  description:
    'Which resources a search may return. Values within one field are alternatives (any of them); fields combine (all of them); an empty list leaves its field open. Every list holds at most 50 values.',
})
export class SearchFilter {
  @Field(() => [ResourceType], { nullable: true })
  resourceTypes?: ResourceType[] | null;

  @Field(() => [ResourceTypeGroup], { nullable: true })
  resourceTypeGroups?: ResourceTypeGroup[] | null;

  @Field(() => [ID], { nullable: true, description: 'Topic ids; a topic includes its sub-topics.' })
  topics?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Offeror ids (codes), e.g. "mitx".' })
  offerors?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Platform ids (codes), e.g. "ocw".' })
  platforms?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Department ids (MIT department codes), e.g. "18".' })
  departments?: string[] | null;

  @Field(() => [Level], { nullable: true })
  levels?: Level[] | null;

  @Field(() => Boolean, { nullable: true })
  certification?: boolean | null;

  @Field(() => [CertificationType], { nullable: true })
  certificationTypes?: CertificationType[] | null;

  @Field(() => Boolean, { nullable: true })
  free?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  professional?: boolean | null;

  @Field(() => [Delivery], { nullable: true })
  delivery?: Delivery[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. "en".' })
  languages?: string[] | null;
}

export const SearchMode = { TEXT: 'TEXT', SEMANTIC: 'SEMANTIC', HYBRID: 'HYBRID' } as const;
export type SearchMode = (typeof SearchMode)[keyof typeof SearchMode];

registerEnumType(SearchMode, {
  name: 'SearchMode',
  description:
    'How a query is matched. SEMANTIC and HYBRID need a query, sort by relevance and page 1,000 results deep.',
  valuesConfig: {
    TEXT: { description: 'By its words (full-text), title first.' },
    SEMANTIC: { description: "By meaning: resources whose embedding is nearest the query's (cosine similarity)." },
    HYBRID: {
      description: 'Both, fused by reciprocal rank: each result scores the sum of 1 / (60 + its rank) in each list.',
    },
  },
});

@InputType('SearchInput', { description: 'What to search for, among which resources, in which order.' })
export class SearchInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to look for, 1 to 200 characters; quotes, `or` and `-word` work as on the web. Left out: every published resource the filter lets through.',
  })
  query?: string | null;

  @Field(() => SearchFilter, { nullable: true })
  filter?: SearchFilter | null;

  @Field(() => SearchSort, { defaultValue: SearchSort.RELEVANCE })
  sort!: SearchSort;

  @Field(() => SearchMode, { defaultValue: SearchMode.TEXT })
  mode!: SearchMode;
}
