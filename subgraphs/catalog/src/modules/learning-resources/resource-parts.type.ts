import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { Delivery, Format, Level, Pace } from './resource-enums.js';

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('Image')
export class Image {
  @Directive('@tag(name: "public")')
  @Field(() => String)
  url!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true, description: 'Text for people who cannot see the image.' })
  alt!: string | null;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('Price')
export class Price {
  @Directive('@tag(name: "public")')
  @Field(() => Float, { description: 'Amount in the currency, at most two decimals.' })
  amount!: number;

  @Directive('@tag(name: "public")')
  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  currency!: string;
}

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType('LearningResourceRun', { description: 'One offering of a course or program: a term, a cohort, a session.' })
export class LearningResourceRun {
  @Directive('@tag(name: "public")')
  @Field(() => String, { description: "The provider's id of the run." })
  runId!: string;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true })
  title!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true })
  url!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => [Level])
  levels!: Level[];

  @Directive('@tag(name: "public")')
  @Field(() => String, { nullable: true })
  semester!: string | null;

  @Directive('@tag(name: "public")')
  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Directive('@tag(name: "public")')
  @Field(() => DateTimeResolver, { nullable: true })
  startDate!: Date | null;

  @Directive('@tag(name: "public")')
  @Field(() => DateTimeResolver, { nullable: true })
  endDate!: Date | null;

  @Directive('@tag(name: "public")')
  @Field(() => DateTimeResolver, { nullable: true })
  enrollmentStart!: Date | null;

  @Directive('@tag(name: "public")')
  @Field(() => DateTimeResolver, { nullable: true })
  enrollmentEnd!: Date | null;

  @Directive('@listSize(assumedSize: 5)')
  @Directive('@tag(name: "public")')
  @Field(() => [Price])
  prices!: Price[];

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
  @Field(() => [String], { description: 'Instructor names, in the order the provider lists them.' })
  instructors!: string[];
}
