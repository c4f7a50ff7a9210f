import { PageInfo } from '@learngraph/service-kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ResourceType } from '../../generated/prisma/enums.js';

export { ResourceType };

registerEnumType(ResourceType, {
  name: 'ResourceType',
  description: 'What kind of learning resource this is.',
  valuesConfig: {
    COURSE: { description: 'A course, possibly with several runs.' },
    PROGRAM: { description: 'A sequence of courses leading to a credential.' },
    LEARNING_PATH: { description: 'A curated path; the path itself lives in the learning-paths subgraph.' },
    VIDEO: { description: 'A single video.' },
    VIDEO_PLAYLIST: { description: 'An ordered list of videos.' },
    PODCAST: { description: 'A podcast series.' },
    PODCAST_EPISODE: { description: 'One episode of a podcast.' },
    DOCUMENT: { description: 'A document such as lecture notes.' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType('LearningResource', { description: 'Anything a learner can learn from, imported from a provider.' })
export class LearningResource {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The provider's own identifier, unique within its platform." })
  readableId!: string;

  @Field(() => ResourceType)
  resourceType!: ResourceType;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Where the resource lives on the provider's site." })
  url!: string | null;
}

@ObjectType('LearningResourceEdge')
export class LearningResourceEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => LearningResource)
  node!: LearningResource;
}

@ObjectType('LearningResourceConnection', { description: 'One page of learning resources.' })
export class LearningResourceConnection {
  @Field(() => [LearningResourceEdge])
  edges!: LearningResourceEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many resources the whole list holds.' })
  totalCount!: number;
}
