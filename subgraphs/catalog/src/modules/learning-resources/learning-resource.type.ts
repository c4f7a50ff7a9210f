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
@Directive('@cacheControl(maxAge: 60)')
@ObjectType('LearningResource', {
  description: 'Anything a learner can learn from, imported from a provider or written by an editor.',
})
export class LearningResource {
  @Directive('@tag(name: "public")')
  @Field(() => ID)
  id!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String, { description: "The provider's own identifier, unique within its platform." })
  readableId!: string;

  @Directive('@tag(name: "public")')
  @Field(() => ResourceType)
  resourceType!: ResourceType;

  @Directive('@tag(name: "public")')
  @Field(() => ResourceTypeGroup)
  resourceTypeGroup!: ResourceTypeGroup;

  @Directive('@tag(name: "public")')
  @Field(() => String)
  title!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true, description: 'A short description, plain text or Markdown.' })
  description!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true })
  fullDescription!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true, description: "Where the resource lives on the provider's site." })
  url!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => Image, { nullable: true })
  image!: Image | null;

  @Directive('@tag(name: "public")')
  @Field(() => Boolean, { description: 'Unpublished resources are hidden from lists; editors still see them.' })
  published!: boolean;

  @Directive('@tag(name: "public")')
  @Field(() => [String], { description: 'ISO 639-1 language codes.' })
  languages!: string[];

  @Directive('@tag(name: "public")')
  @Field(() => Boolean, { description: 'Whether a certificate can be earned.' })
  certification!: boolean;

  @Directive('@tag(name: "public")')
  @Field(() => CertificationType)
  certificationType!: CertificationType;

  @Directive('@tag(name: "public")')
  @Field(() => Boolean, { description: 'Professional education (priced, for working professionals).' })
  professional!: boolean;

  @Directive('@tag(name: "public")')
  @Field(() => Boolean, { description: 'Not professional, and no price of the resource or its runs is above zero.' })
  free!: boolean;

  @Directive('@tag(name: "public")')
  @Field(() => [Delivery])
  delivery!: Delivery[];

  @Directive('@tag(name: "public")')
  @Field(() => [Pace])
  pace!: Pace[];

  @Directive('@tag(name: "public")')
  @Field(() => [Format])
  format!: Format[];

  @Directive('@tag(name: "public")')
  @Field(() => Availability, { nullable: true })
  availability!: Availability | null;

  @Directive('@tag(name: "public")')
  @Field(() => [Level], { description: 'The levels of its runs.' })
  levels!: Level[];

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true, description: 'As the provider says it, e.g. "14 weeks".' })
  duration!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true, description: 'As the provider says it, e.g. "7 hrs/wk".' })
  timeCommitment!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => Int, { nullable: true })
  minWeeks!: number | null;

  @Directive('@tag(name: "public")')
  @Field(() => Int, { nullable: true })
  maxWeeks!: number | null;

  @Directive('@tag(name: "public")')
  @Field(() => Float, { nullable: true })
  minWeeklyHours!: number | null;

  @Directive('@tag(name: "public")')
  @Field(() => Float, { nullable: true })
  maxWeeklyHours!: number | null;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true })
  location!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => DateTimeResolver, { nullable: true, description: 'The earliest upcoming run start.' })
  nextStartDate!: Date | null;

  @Directive('@tag(name: "public")')
  @Field(() => Int)
  views!: number;

  @Directive('@tag(name: "public")')
  @Field(() => DateTimeResolver, { nullable: true, description: 'When the provider last changed it.' })
  lastModified!: Date | null;

  @Directive('@tag(name: "public")')
  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true, description: 'The import source it came from; null when an editor made it.' })
  source!: string | null;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('LearningResourceEdge')
export class LearningResourceEdge {
  @Directive('@tag(name: "public")')
  @Field(() => String)
  cursor!: string;

  @Directive('@tag(name: "public")')
  @Field(() => LearningResource)
  node!: LearningResource;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('LearningResourceConnection', { description: 'One page of learning resources.' })
export class LearningResourceConnection {
  @Directive('@tag(name: "public")')
  @Field(() => [LearningResourceEdge])
  edges!: LearningResourceEdge[];

  @Directive('@tag(name: "public")')
  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Directive('@tag(name: "public")')
  @Field(() => Int, { description: 'How many resources the whole list holds.' })
  totalCount!: number;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('LearningResourceMember', {
  description: "A program's course, a playlist's video, a podcast's episode, in order.",
})
export class LearningResourceMember {
  @Directive('@tag(name: "public")')
  @Field(() => Int, { description: 'Order within the parent, from 0.' })
  position!: number;

  @Directive('@tag(name: "public")')
  @Field(() => LearningResource)
  resource!: LearningResource;
}
