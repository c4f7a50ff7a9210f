import { Field, ID, ObjectType } from 'type-graphql';
import {
  CertificationType,
  Delivery,
  Level,
  ResourceType,
  ResourceTypeGroup,
  type SearchRequest,
} from '../search/index.js';

@ObjectType('SavedSearchFilter', {
  description:
    "A saved search's filter, field for field the `SearchFilter` it was saved with, so it can be passed back to `search` as it is: an empty list or a null leaves its field open.",
})
export class SavedSearchFilter {
  @Field(() => [ResourceType])
  resourceTypes!: ResourceType[];

  @Field(() => [ResourceTypeGroup])
  resourceTypeGroups!: ResourceTypeGroup[];

  @Field(() => [ID])
  topics!: string[];

  @Field(() => [ID])
  offerors!: string[];

  @Field(() => [ID])
  platforms!: string[];

  @Field(() => [ID])
  departments!: string[];

  @Field(() => [Level])
  levels!: Level[];

  @Field(() => Boolean, { nullable: true })
  certification!: boolean | null;

  @Field(() => [CertificationType])
  certificationTypes!: CertificationType[];

  @Field(() => Boolean, { nullable: true })
  free!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  professional!: boolean | null;

  @Field(() => [Delivery])
  delivery!: Delivery[];

  @Field(() => [String])
  languages!: string[];
}

/** The filter of a validated search as the API shows it: every field present, open ones empty or null. */
export function savedSearchFilterOf(filter: SearchRequest['filter']): SavedSearchFilter {
  return {
    resourceTypes: (filter.resourceTypes ?? []) as ResourceType[],
    resourceTypeGroups: (filter.resourceTypeGroups ?? []) as ResourceTypeGroup[],
    topics: filter.topics ?? [],
    offerors: filter.offerors ?? [],
    platforms: filter.platforms ?? [],
    departments: filter.departments ?? [],
    levels: (filter.levels ?? []) as Level[],
    certification: filter.certification ?? null,
    certificationTypes: (filter.certificationTypes ?? []) as CertificationType[],
    free: filter.free ?? null,
    professional: filter.professional ?? null,
    delivery: (filter.delivery ?? []) as Delivery[],
    languages: filter.languages ?? [],
  };
}
