import { requireUuid } from '@learngraph/service-kit';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { CatalogContext } from '../../context.js';
import { LearningResource } from './learning-resource.type.js';
import { recordView } from './record-view.js';

@ObjectType('LearningResourceViewRecordResponse')
export class LearningResourceViewRecordResponse {
  @Field(() => Boolean)
  success!: boolean;

  @Field(() => Boolean, { description: 'Whether this view was counted: false for a visitor already counted today.' })
  counted!: boolean;

  @Field(() => LearningResource, { nullable: true })
  record!: LearningResource | null;
}

/**
 * Views of resources, counted once per visitor and day without storing who: the caller (the web server) sends
 * a key that is an HMAC of the visitor under a secret that changes every day.
 */
@Resolver()
export class LearningResourceViewResolver {
  @Mutation(() => LearningResourceViewRecordResponse, {
    description:
      'Counts a view of a published resource, once per visitorKey (an HMAC-SHA256 in hex) and UTC day, at most 5,000 a resource a day.',
  })
  async learningResourceViewRecord(
    @Arg('id', () => ID) id: string,
    @Arg('visitorKey', () => String) visitorKey: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<LearningResourceViewRecordResponse> {
    const resourceId = requireUuid(id, 'id');
    const { counted } = await recordView(ctx.db, resourceId, visitorKey, new Date());
    return { success: true, counted, record: await ctx.loaders.resource.load(resourceId) };
  }
}
