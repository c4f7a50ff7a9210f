import { ArgsType, Field, Int } from 'type-graphql';

/** Page-size bounds of every list here. */
export const pathPageLimits = { defaultSize: 20, maxSize: 100 };

/** The router's cost model reads a connection's size from `first` (see the README's Limits). */
export const connectionSize = '@listSize(slicingArguments: ["first"], sizedFields: ["edges"])';

/**
 * The arguments of every connection here: a page size (checked by `readPageArgs`) and a cursor.
 *
 * @example
 * favorites(@Args(() => PageArgs) page: PageArgs) { … }
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: pathPageLimits.defaultSize, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the page before.' })
  after?: string | null;
}
