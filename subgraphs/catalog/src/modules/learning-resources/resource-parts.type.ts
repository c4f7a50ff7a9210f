import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { Delivery, Format, Level, Pace } from './resource-enums.js';

@ObjectType('Image')
export class Image {
  @Field(() => String)
  url!: string;

  @Field(() => String, { nullable: true, description: 'Text for people who cannot see the image.' })
  alt!: string | null;
}

@ObjectType('Price')
export class Price {
  @Field(() => Float, { description: 'Amount in the currency, at most two decimals.' })
  amount!: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  currency!: string;
}

@ObjectType('LearningResourceRun', { description: 'One offering of a course or program: a term, a cohort, a session.' })
export class LearningResourceRun {
  @Field(() => String, { description: "The provider's id of the run." })
  runId!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => [Level])
  levels!: Level[];

  @Field(() => String, { nullable: true })
  semester!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => DateTimeResolver, { nullable: true })
  startDate!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  endDate!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  enrollmentStart!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  enrollmentEnd!: Date | null;

  @Directive('@listSize(assumedSize: 5)')
  @Field(() => [Price])
  prices!: Price[];

  @Field(() => [Delivery])
  delivery!: Delivery[];

  @Field(() => [Pace])
  pace!: Pace[];

  @Field(() => [Format])
  format!: Format[];

  @Field(() => [String], { description: 'Instructor names, in the order the provider lists them.' })
  instructors!: string[];
}
