import { PageInfo } from '@learngraph/service-kit';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  Availability,
  CertificationType,
  Delivery,
  Format,
  Level,
  Pace,
  ResourceType,
  ResourceTypeGroup,
} from './resource-enums.js';
import { Image } from './resource-parts.type.js';

/**
 * Anything a learner can learn from. Relations (platform, offeror, departments, topics, prices, runs,
 * members) are resolved by field resolvers through per-request loaders.
 */
@Directive('@key(fields: "id")')
@ObjectType('LearningResource', {
  description: 'Anything a learner can learn from, imported from a provider or written by an editor.',
})
export class LearningResource {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The provider's own identifier, unique within its platform." })
  readableId!: string;

  @Field(() => ResourceType)
  resourceType!: ResourceType;

  @Field(() => ResourceTypeGroup)
  resourceTypeGroup!: ResourceTypeGroup;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'A short description, plain text or Markdown.' })
  description!: string | null;

  @Field(() => String, { nullable: true })
  fullDescription!: string | null;

  @Field(() => String, { nullable: true, description: "Where the resource lives on the provider's site." })
  url!: string | null;

  @Field(() => Image, { nullable: true })
  image!: Image | null;

  @Field(() => Boolean, { description: 'Unpublished resources are hidden from lists; editors still see them.' })
  published!: boolean;

  @Field(() => [String], { description: 'ISO 639-1 language codes.' })
  languages!: string[];

  @Field(() => Boolean, { description: 'Whether a certificate can be earned.' })
  certification!: boolean;

  @Field(() => CertificationType)
  certificationType!: CertificationType;

  @Field(() => Boolean, { description: 'Professional education (priced, for working professionals).' })
  professional!: boolean;

  @Field(() => Boolean, { description: 'Not professional, and no price of the resource or its runs is above zero.' })
  free!: boolean;

  @Field(() => [Delivery])
  delivery!: Delivery[];

  @Field(() => [Pace])
  pace!: Pace[];

  @Field(() => [Format])
  format!: Format[];

  @Field(() => Availability, { nullable: true })
  availability!: Availability | null;

  @Field(() => [Level], { description: 'The levels of its runs.' })
  levels!: Level[];

  @Field(() => String, { nullable: true, description: 'As the provider says it, e.g. "14 weeks".' })
  duration!: string | null;

  @Field(() => String, { nullable: true, description: 'As the provider says it, e.g. "7 hrs/wk".' })
  timeCommitment!: string | null;

  @Field(() => Int, { nullable: true })
  minWeeks!: number | null;

  @Field(() => Int, { nullable: true })
  maxWeeks!: number | null;

  @Field(() => Float, { nullable: true })
  minWeeklyHours!: number | null;

  @Field(() => Float, { nullable: true })
  maxWeeklyHours!: number | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'The earliest upcoming run start.' })
  nextStartDate!: Date | null;

  @Field(() => Int)
  views!: number;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the provider last changed it.' })
  lastModified!: Date | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'The import source it came from; null when an editor made it.' })
  source!: string | null;
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

@ObjectType('LearningResourceMember', {
  description: "A program's course, a playlist's video, a podcast's episode, in order.",
})
export class LearningResourceMember {
  @Field(() => Int, { description: 'Order within the parent, from 0.' })
  position!: number;

  @Field(() => LearningResource)
  resource!: LearningResource;
}
