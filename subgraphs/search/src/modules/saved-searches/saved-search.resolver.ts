import { ErrorCode, type FieldError, requireUuid, requireViewer } from '@learngraph/service-kit';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SearchContext } from '../../context.js';
import { readSearchInput } from '../search/index.js';
import { SavedSearch, SavedSearchInput, SavedSearchResponse } from './saved-search.type.js';

/** Invalid input comes back in `errors`, fields named from the mutation's input (`search.query`). */
async function respond(change: () => Promise<SavedSearch>): Promise<SavedSearchResponse> {
  try {
    return { success: true, record: await change(), errors: [] };
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.code !== ErrorCode.BadUserInput) throw error;
    const problems = (error.extensions.fieldErrors as FieldError[] | undefined) ?? [];
    return {
      success: false,
      record: null,
      errors: problems.map((problem) => ({
        code: ErrorCode.BadUserInput,
        message: problem.message,
        field: problem.field.replace(/^input\./, 'search.'),
      })),
    };
  }
}

@Resolver(() => SavedSearch)
export class SavedSearchResolver {
  @Directive('@authenticated')
  @Query(() => [SavedSearch], {
    description: 'Your saved searches, newest first (at most 100). UNAUTHENTICATED when anonymous.',
  })
  savedSearches(@Ctx() ctx: SearchContext): Promise<SavedSearch[]> {
    return ctx.savedSearches.list(requireViewer(ctx.viewer).userId);
  }

  @FieldResolver(() => Int, {
    description: 'Resources it matches that entered the catalog since you last marked it seen.',
  })
  newMatches(@Root() saved: SavedSearch, @Ctx() ctx: SearchContext): Promise<number> {
    return ctx.newMatches.load(saved);
  }

  @Directive('@authenticated')
  @Mutation(() => SavedSearchResponse, { description: 'Saves a search for you (at most 100).' })
  savedSearchCreate(
    @Arg('input', () => SavedSearchInput) input: SavedSearchInput,
    @Ctx() ctx: SearchContext,
  ): Promise<SavedSearchResponse> {
    const { userId } = requireViewer(ctx.viewer);
    return respond(async () => ctx.savedSearches.create(userId, input.name, readSearchInput(input.search)));
  }

  @Directive('@authenticated')
  @Mutation(() => SavedSearchResponse, { description: 'Deletes one of your saved searches.' })
  savedSearchDelete(@Arg('id', () => ID) id: string, @Ctx() ctx: SearchContext): Promise<SavedSearchResponse> {
    const { userId } = requireViewer(ctx.viewer);
    const savedId = requireUuid(id, 'id');
    return respond(() => ctx.savedSearches.remove(userId, savedId));
  }

  @Directive('@authenticated')
  @Mutation(() => SavedSearchResponse, { description: 'Marks the results seen: `newMatches` counts from now.' })
  savedSearchMarkSeen(@Arg('id', () => ID) id: string, @Ctx() ctx: SearchContext): Promise<SavedSearchResponse> {
    const { userId } = requireViewer(ctx.viewer);
    const savedId = requireUuid(id, 'id');
    return respond(() => ctx.savedSearches.markSeen(userId, savedId));
  }
}
