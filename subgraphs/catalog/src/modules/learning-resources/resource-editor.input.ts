import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LearningResource } from './learning-resource.type.js';
import { Availability, CertificationType, Delivery, Format, Level, Pace, ResourceType } from './resource-enums.js';

@InputType('ImageInput')
export class ImageInput {
  @Field(() => String)
  url!: string;

  @Field(() => String, { nullable: true })
  alt?: string | null;
}

@InputType('PriceInput')
export class PriceInputType {
  @Field(() => Float)
  amount!: number;

  @Field(() => String, { description: 'ISO 4217, e.g. USD.' })
  currency!: string;
}

@InputType('LearningResourceRunInput')
export class RunInputType {
  @Field(() => String)
  runId!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [Level], { nullable: true })
  levels?: Level[] | null;

  @Field(() => String, { nullable: true })
  semester?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => DateTimeResolver, { nullable: true })
  startDate?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  endDate?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  enrollmentStart?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  enrollmentEnd?: Date | null;

  @Field(() => [PriceInputType], { nullable: true })
  prices?: PriceInputType[] | null;

  @Field(() => [Delivery], { nullable: true })
  delivery?: Delivery[] | null;

  @Field(() => [Pace], { nullable: true })
  pace?: Pace[] | null;

  @Field(() => [Format], { nullable: true })
  format?: Format[] | null;

  @Field(() => [String], { nullable: true, description: 'Names, in order.' })
  instructors?: string[] | null;
}

/**
 * A resource as an editor writes it. On update every field is optional: a field left out keeps its value,
 * a list given replaces the stored list.
 */
@InputType('LearningResourceInput')
export class LearningResourceInputType {
  @Field(() => ID, { nullable: true, description: 'Platform id (code). Required on create.' })
  platform?: string | null;

  @Field(() => String, { nullable: true, description: 'Unique on its platform. Required on create.' })
  readableId?: string | null;

  @Field(() => ResourceType, { nullable: true, description: 'Required on create.' })
  resourceType?: ResourceType | null;

  @Field(() => String, { nullable: true, description: 'Required on create.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  fullDescription?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => ImageInput, { nullable: true })
  image?: ImageInput | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Offeror id (code).' })
  offeredBy?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Department ids (codes).' })
  departments?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Topic ids.' })
  topics?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  certification?: boolean | null;

  @Field(() => CertificationType, { nullable: true })
  certificationType?: CertificationType | null;

  @Field(() => Boolean, { nullable: true })
  professional?: boolean | null;

  @Field(() => [PriceInputType], { nullable: true })
  prices?: PriceInputType[] | null;

  @Field(() => [Delivery], { nullable: true })
  delivery?: Delivery[] | null;

  @Field(() => [Pace], { nullable: true })
  pace?: Pace[] | null;

  @Field(() => [Format], { nullable: true })
  format?: Format[] | null;

  @Field(() => Availability, { nullable: true })
  availability?: Availability | null;

  @Field(() => String, { nullable: true })
  duration?: string | null;

  @Field(() => String, { nullable: true })
  timeCommitment?: string | null;

  @Field(() => Int, { nullable: true })
  minWeeks?: number | null;

  @Field(() => Int, { nullable: true })
  maxWeeks?: number | null;

  @Field(() => Float, { nullable: true })
  minWeeklyHours?: number | null;

  @Field(() => Float, { nullable: true })
  maxWeeklyHours?: number | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => [RunInputType], { nullable: true })
  runs?: RunInputType[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Ids of the members (courses, videos, episodes), in order, on the same platform.',
  })
  members?: string[] | null;
}

@ObjectType('LearningResourceResponse')
export class LearningResourceResponse {
  @Field(() => Boolean)
  success!: boolean;

  @Field(() => LearningResource, { nullable: true })
  record!: LearningResource | null;
}
