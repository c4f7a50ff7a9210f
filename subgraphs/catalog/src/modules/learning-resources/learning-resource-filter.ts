import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { CertificationType, Delivery, Level, ResourceType, ResourceTypeGroup } from './resource-enums.js';

/** How many values one filter field may hold. */
export const filterValuesMax = 50;

export const LearningResourceSort = {
  NEWEST: 'NEWEST',
  RECENTLY_MODIFIED: 'RECENTLY_MODIFIED',
  MOST_VIEWED: 'MOST_VIEWED',
  UPCOMING_START: 'UPCOMING_START',
  TITLE: 'TITLE',
} as const;
export type LearningResourceSort = (typeof LearningResourceSort)[keyof typeof LearningResourceSort];

registerEnumType(LearningResourceSort, {
  name: 'LearningResourceSort',
  valuesConfig: {
    NEWEST: { description: 'Most recently added first.' },
    RECENTLY_MODIFIED: { description: 'Most recently changed by the provider first; never-dated ones last.' },
    MOST_VIEWED: { description: 'Most viewed first.' },
    UPCOMING_START: { description: 'Soonest upcoming run first; resources with none last.' },
    TITLE: { description: 'By title, A to Z.' },
  },
});

/**
 * Which resources a list holds. Values within one field are alternatives (any of them); fields combine
 * (all of them). Every field holds at most 50 values.
 */
@InputType('LearningResourceFilter')
export class LearningResourceFilter {
  @Field(() => [ResourceType], { nullable: true })
  resourceTypes?: ResourceType[] | null;

  @Field(() => [ResourceTypeGroup], { nullable: true })
  resourceTypeGroups?: ResourceTypeGroup[] | null;

  @Field(() => [ID], { nullable: true, description: 'Topic ids; a topic includes its sub-topics.' })
  topics?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Offeror ids (codes), e.g. "mitx".' })
  offerors?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Platform ids (codes), e.g. "ocw".' })
  platforms?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Department ids (MIT department codes), e.g. "18".' })
  departments?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  certification?: boolean | null;

  @Field(() => [CertificationType], { nullable: true })
  certificationTypes?: CertificationType[] | null;

  @Field(() => Boolean, { nullable: true })
  free?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  professional?: boolean | null;

  @Field(() => [Delivery], { nullable: true })
  delivery?: Delivery[] | null;

  @Field(() => [Level], { nullable: true })
  levels?: Level[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. "en".' })
  languages?: string[] | null;
}
