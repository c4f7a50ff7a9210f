import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { SearchInput, SearchMode, type SearchRequest, SearchSort } from '../search/index.js';
import { SavedSearchFilter } from './saved-search-filter.type.js';

@ObjectType('SavedSearch', {
  description:
    'A search a signed-in user keeps, with what is new since they last looked. Its `query`, `filter`, `sort` and `mode` are the `SearchInput` it was saved with, to run it again.',
})
export class SavedSearch {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'The words searched for; null for a filter-only search.' })
  query!: string | null;

  @Field(() => SavedSearchFilter)
  filter!: SavedSearchFilter;

  @Field(() => SearchSort)
  sort!: SearchSort;

  @Field(() => SearchMode)
  mode!: SearchMode;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When its owner last marked its results seen.' })
  lastSeenAt!: Date;

  /** The validated search, for counting its new matches. */
  request!: SearchRequest;
}

@InputType('SavedSearchInput')
export class SavedSearchInput {
  @Field(() => String, { description: '1 to 100 characters.' })
  name!: string;

  @Field(() => SearchInput, { description: 'The search, with the same limits as `search`.' })
  search!: SearchInput;
}

@ObjectType('SavedSearchMutationError', { description: 'Why a change was not made; nothing was changed.' })
export class SavedSearchMutationError {
  @Field(() => String, { description: 'BAD_USER_INPUT (see `field`).' })
  code!: string;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, e.g. `search.query`.' })
  field!: string | null;
}

@ObjectType('SavedSearchResponse')
export class SavedSearchResponse {
  @Field(() => Boolean)
  success!: boolean;

  @Field(() => SavedSearch, { nullable: true })
  record!: SavedSearch | null;

  @Field(() => [SavedSearchMutationError])
  errors!: SavedSearchMutationError[];
}
