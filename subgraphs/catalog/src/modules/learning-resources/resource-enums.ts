import { registerEnumType } from 'type-graphql';
import {
  Availability,
  CertificationType,
  Delivery,
  Format,
  Level,
  Pace,
  ResourceType,
} from '../../generated/prisma/enums.js';

export { Availability, CertificationType, Delivery, Format, Level, Pace, ResourceType };

/** The three shelves resources are grouped on: courses, programs, and everything else one learns from. */
export const ResourceTypeGroup = {
  COURSE: 'COURSE',
  PROGRAM: 'PROGRAM',
  LEARNING_MATERIAL: 'LEARNING_MATERIAL',
} as const;
export type ResourceTypeGroup = (typeof ResourceTypeGroup)[keyof typeof ResourceTypeGroup];

/** The group of each resource type. */
export const groupOf = (type: ResourceType): ResourceTypeGroup =>
  type === 'COURSE' ? 'COURSE' : type === 'PROGRAM' ? 'PROGRAM' : 'LEARNING_MATERIAL';

/** The resource types in each group. */
export const typesIn = (group: ResourceTypeGroup): ResourceType[] =>
  Object.values(ResourceType).filter((type) => groupOf(type) === group);

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
registerEnumType(ResourceTypeGroup, {
  name: 'ResourceTypeGroup',
  description: 'Courses, programs, or learning material.',
});
registerEnumType(CertificationType, { name: 'CertificationType', description: 'The credential a learner can earn.' });
registerEnumType(Delivery, { name: 'Delivery', description: 'Where learning happens.' });
registerEnumType(Pace, { name: 'Pace', description: 'Who sets the pace.' });
registerEnumType(Format, { name: 'Format', description: 'Whether learners meet at set times.' });
registerEnumType(Availability, { name: 'Availability', description: 'Whether a resource runs on dates or any time.' });
registerEnumType(Level, { name: 'Level', description: 'Academic or difficulty level.' });
