import { registerEnumType } from 'type-graphql';

// The catalog's enums, repeated value for value: federation requires an enum shared by subgraphs to have
// the same values everywhere, and search does not import catalog code.

export const ResourceType = {
  COURSE: 'COURSE',
  PROGRAM: 'PROGRAM',
  LEARNING_PATH: 'LEARNING_PATH',
  VIDEO: 'VIDEO',
  VIDEO_PLAYLIST: 'VIDEO_PLAYLIST',
  PODCAST: 'PODCAST',
  PODCAST_EPISODE: 'PODCAST_EPISODE',
  DOCUMENT: 'DOCUMENT',
} as const;
export type ResourceType = (typeof ResourceType)[keyof typeof ResourceType];

export const ResourceTypeGroup = {
  COURSE: 'COURSE',
  PROGRAM: 'PROGRAM',
  LEARNING_MATERIAL: 'LEARNING_MATERIAL',
} as const;
export type ResourceTypeGroup = (typeof ResourceTypeGroup)[keyof typeof ResourceTypeGroup];

export const CertificationType = {
  NONE: 'NONE',
  COMPLETION: 'COMPLETION',
  PROFESSIONAL: 'PROFESSIONAL',
  MICROMASTERS: 'MICROMASTERS',
} as const;
export type CertificationType = (typeof CertificationType)[keyof typeof CertificationType];

export const Delivery = { ONLINE: 'ONLINE', HYBRID: 'HYBRID', IN_PERSON: 'IN_PERSON', OFFLINE: 'OFFLINE' } as const;
export type Delivery = (typeof Delivery)[keyof typeof Delivery];

export const Level = {
  HIGH_SCHOOL: 'HIGH_SCHOOL',
  UNDERGRADUATE: 'UNDERGRADUATE',
  GRADUATE: 'GRADUATE',
  NONCREDIT: 'NONCREDIT',
  INTRODUCTORY: 'INTRODUCTORY',
  INTERMEDIATE: 'INTERMEDIATE',
  ADVANCED: 'ADVANCED',
} as const;
export type Level = (typeof Level)[keyof typeof Level];

registerEnumType(ResourceType, { name: 'ResourceType', description: 'What kind of learning resource this is.' });
registerEnumType(ResourceTypeGroup, {
  name: 'ResourceTypeGroup',
  description: 'Courses, programs, or learning material.',
});
registerEnumType(CertificationType, { name: 'CertificationType', description: 'The credential a learner can earn.' });
registerEnumType(Delivery, { name: 'Delivery', description: 'Where learning happens.' });
registerEnumType(Level, { name: 'Level', description: 'Academic or difficulty level.' });
