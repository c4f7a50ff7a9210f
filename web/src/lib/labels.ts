import type {
  Availability,
  CertificationType,
  Delivery,
  Format,
  Level,
  Pace,
  ResourceType,
  ResourceTypeGroup,
} from '@/gql/graphql';

// Records over the generated unions: a new value in the schema fails typecheck until it has a label.

/** What kind of resource it is. */
export const resourceTypeLabels: Record<ResourceType, string> = {
  COURSE: 'Course',
  PROGRAM: 'Program',
  LEARNING_PATH: 'Learning path',
  VIDEO: 'Video',
  VIDEO_PLAYLIST: 'Video playlist',
  PODCAST: 'Podcast',
  PODCAST_EPISODE: 'Podcast episode',
  DOCUMENT: 'Document',
};

/** The three kinds a list can be narrowed to. */
export const resourceTypeGroupLabels: Record<ResourceTypeGroup, string> = {
  COURSE: 'Courses',
  PROGRAM: 'Programs',
  LEARNING_MATERIAL: 'Learning material',
};

/** Where learning happens. */
export const deliveryLabels: Record<Delivery, string> = {
  ONLINE: 'Online',
  HYBRID: 'Hybrid',
  IN_PERSON: 'In person',
  OFFLINE: 'Offline',
};

/** Who sets the pace. */
export const paceLabels: Record<Pace, string> = {
  SELF_PACED: 'Self-paced',
  INSTRUCTOR_PACED: 'Instructor-paced',
};

/** Whether learners meet at set times. */
export const formatLabels: Record<Format, string> = {
  SYNCHRONOUS: 'Live sessions at set times',
  ASYNCHRONOUS: 'On your own schedule',
};

/** Whether a resource runs on dates or any time. */
export const availabilityLabels: Record<Availability, string> = {
  DATED: 'Runs on set dates',
  ANYTIME: 'Available any time',
};

/** Academic or difficulty level. */
export const levelLabels: Record<Level, string> = {
  HIGH_SCHOOL: 'High school',
  UNDERGRADUATE: 'Undergraduate',
  GRADUATE: 'Graduate',
  NONCREDIT: 'Non-credit',
  INTRODUCTORY: 'Introductory',
  INTERMEDIATE: 'Intermediate',
  ADVANCED: 'Advanced',
};

/** The credential a learner can earn; `NONE` on a resource with a certificate means an unnamed one. */
export const certificateLabels: Record<CertificationType, string> = {
  NONE: 'Certificate',
  COMPLETION: 'Certificate of completion',
  PROFESSIONAL: 'Professional certificate',
  MICROMASTERS: 'MicroMasters credential',
};

/**
 * The labels of a list of values, joined for reading: "Online, Hybrid".
 * @example labelList(deliveryLabels, ['ONLINE', 'HYBRID']) // 'Online, Hybrid'
 */
export function labelList<K extends string>(labels: Record<K, string>, values: readonly K[]): string {
  return values.map((value) => labels[value]).join(', ');
}
