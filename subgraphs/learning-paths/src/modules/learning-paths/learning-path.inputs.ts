import { Field, ID, InputType, Int } from 'type-graphql';
import type { PathVisibility } from '../../db.js';
import { LearningPathVisibility } from './learning-path.type.js';

const expectedVersion = {
  nullable: true,
  description: 'The version you saw; when the path has moved on since, nothing changes and the answer is CONFLICT.',
};

@InputType('LearningPathItemInput')
export class LearningPathItemInput {
  @Field(() => ID, { description: 'A published catalog resource, at most once per path.' })
  resourceId!: string;

  @Field(() => String, { nullable: true, description: 'At most 1,000 characters.' })
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Required to finish the path; true when left out.' })
  required?: boolean | null;
}

@InputType('LearningPathCreateInput')
export class LearningPathCreateInput {
  @Field(() => String, { description: '1 to 200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'At most 5,000 characters.' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'At most 10 topics of at most 50 characters each.' })
  topics?: string[] | null;

  @Field(() => LearningPathVisibility, { nullable: true, description: 'PRIVATE when left out.' })
  visibility?: PathVisibility | null;

  @Field(() => [LearningPathItemInput], { nullable: true, description: 'The items in order; at most 100.' })
  items?: LearningPathItemInput[] | null;
}

@InputType('LearningPathUpdateInput', { description: 'Fields left out keep their values.' })
export class LearningPathUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, expectedVersion)
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'null or empty text clears it.' })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;

  @Field(() => LearningPathVisibility, { nullable: true, description: 'Only the author changes it.' })
  visibility?: PathVisibility | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the co-editors (at most 20); only the author changes them.',
  })
  coEditorIds?: string[] | null;
}

@InputType('LearningPathDeleteInput')
export class LearningPathDeleteInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, expectedVersion)
  expectedVersion?: number | null;
}

@InputType('LearningPathItemAddInput')
export class LearningPathItemAddInput {
  @Field(() => ID)
  pathId!: string;

  @Field(() => ID, { description: 'A published catalog resource not yet in the path.' })
  resourceId!: string;

  @Field(() => Int, { nullable: true, description: '1-based; at the end when left out or past the end.' })
  position?: number | null;

  @Field(() => String, { nullable: true, description: 'At most 1,000 characters.' })
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true when left out.' })
  required?: boolean | null;

  @Field(() => Int, expectedVersion)
  expectedVersion?: number | null;
}

@InputType('LearningPathItemRemoveInput')
export class LearningPathItemRemoveInput {
  @Field(() => ID)
  pathId!: string;

  @Field(() => ID)
  resourceId!: string;

  @Field(() => Int, expectedVersion)
  expectedVersion?: number | null;
}

@InputType('LearningPathItemUpdateInput', { description: 'Fields left out keep their values.' })
export class LearningPathItemUpdateInput {
  @Field(() => ID)
  pathId!: string;

  @Field(() => ID, { description: 'The item to change, by its resource.' })
  resourceId!: string;

  @Field(() => String, { nullable: true, description: 'At most 1,000 characters; null or empty text clears it.' })
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Required to finish the path (else optional).' })
  required?: boolean | null;

  @Field(() => Int, expectedVersion)
  expectedVersion?: number | null;
}

@InputType('LearningPathItemMoveInput')
export class LearningPathItemMoveInput {
  @Field(() => ID)
  pathId!: string;

  @Field(() => ID, { description: 'The item to move, by its resource.' })
  resourceId!: string;

  @Field(() => Int, { description: 'Its new 1-based position, 1 to the number of items.' })
  position!: number;

  @Field(() => Int, expectedVersion)
  expectedVersion?: number | null;
}

@InputType('LearningPathCopyInput')
export class LearningPathCopyInput {
  @Field(() => ID, { description: 'A public or unlisted path (or one of your own).' })
  id!: string;

  @Field(() => String, { nullable: true, description: "The copy's title; the original's when left out." })
  title?: string | null;
}
