import type {
  Availability,
  CertificationType,
  Delivery,
  Format,
  Level,
  Pace,
  ResourceType,
  ResourceTypeGroup,
} from '../../src/gql/graphql';
import { details, memberships } from './fixture-details';
import { type FixtureOfferor, type FixturePlatform, type FixtureTopic, offerors, platforms } from './fixture-taxonomy';

export interface FixturePrice {
  amount: number;
  currency: string;
}

/** A run as the API's `LearningResourceRun`. */
export interface FixtureRun {
  runId: string;
  title: string | null;
  url: string | null;
  semester: string | null;
  year: number | null;
  startDate: string | null;
  endDate: string | null;
  enrollmentStart: string | null;
  enrollmentEnd: string | null;
  levels: Level[];
  prices: FixturePrice[];
  delivery: Delivery[];
  pace: Pace[];
  format: Format[];
  instructors: string[];
}

/** A learning resource as the fixture router serves it: the API schema's fields, plus what it sorts by. */
export interface FixtureResource {
  id: string;
  readableId: string;
  resourceType: ResourceType;
  resourceTypeGroup: ResourceTypeGroup;
  title: string;
  description: string | null;
  fullDescription: string | null;
  url: string | null;
  image: { url: string; alt: string | null } | null;
  published: boolean;
  languages: string[];
  certification: boolean;
  certificationType: CertificationType;
  professional: boolean;
  free: boolean;
  delivery: Delivery[];
  pace: Pace[];
  format: Format[];
  availability: Availability | null;
  levels: Level[];
  duration: string | null;
  timeCommitment: string | null;
  nextStartDate: string | null;
  views: number;
  lastModified: string | null;
  createdAt: string;
  platform: FixturePlatform;
  offeredBy: FixtureOfferor | null;
  departments: Array<{ id: string; name: string; school: null }>;
  topics: FixtureTopic[];
  prices: FixturePrice[];
  runs: FixtureRun[];
  members: Array<{ position: number; resource: FixtureResource }>;
  memberOf: FixtureResource[];
}

const types: ResourceType[] = ['COURSE', 'VIDEO', 'PODCAST_EPISODE', 'PROGRAM', 'DOCUMENT'];
const day = 24 * 60 * 60 * 1000;

/**
 * 30 resources: more than one page of 24, so the second page holds the last 6. Newest first is res-1 to res-30.
 * Every third is MIT Professional Education's, and its courses and programs (res-6, 9, 21, 24) are the only
 * paid ones: "free only" leaves 26, again more than a page. Courses and programs of MITx (res-1, 4, 16, 19)
 * and MITPE lead to a certificate; courses and programs start on a date; res-30 has the most views. A few
 * have more to show (see fixture-details.ts): res-6 has runs, res-4 is a program of res-1, 16 and 11.
 */
export const resources: FixtureResource[] = Array.from({ length: 30 }, (_, index) => {
  const number = index + 1;
  const resourceType = types[index % types.length] ?? 'COURSE';
  const dated = resourceType === 'COURSE' || resourceType === 'PROGRAM';
  const offeror = [offerors.mitpe, offerors.mitx, offerors.ocw][number % 3] ?? offerors.mitx;
  const paid = dated && offeror === offerors.mitpe;
  const id = `res-${number}`;
  return {
    id,
    readableId: `fixture-${number}`,
    resourceType,
    resourceTypeGroup: resourceType === 'COURSE' || resourceType === 'PROGRAM' ? resourceType : 'LEARNING_MATERIAL',
    title: `Fixture resource ${number}`,
    description: `Description of fixture resource ${number}. ${'More words about it. '.repeat(20)}`,
    fullDescription: null,
    url: `https://example.org/resources/${number}`,
    image: null,
    published: true,
    languages: ['en'],
    certification: dated && offeror !== offerors.ocw,
    certificationType: !dated || offeror === offerors.ocw ? 'NONE' : certificateOf(resourceType, offeror),
    professional: paid,
    free: !paid,
    delivery: ['ONLINE'],
    pace: [dated ? 'INSTRUCTOR_PACED' : 'SELF_PACED'],
    format: ['ASYNCHRONOUS'],
    availability: dated ? 'DATED' : 'ANYTIME',
    levels: [],
    duration: null,
    timeCommitment: null,
    // the later the resource, the sooner it starts: res-29 starts first
    nextStartDate: dated ? new Date(Date.UTC(2030, 0, 10) + (30 - number) * 3 * day).toISOString() : null,
    views: (number * 37) % 101,
    lastModified: number % 4 === 0 ? null : new Date(Date.UTC(2025, 6, 1) + ((number * 11) % 30) * day).toISOString(),
    createdAt: new Date(Date.UTC(2025, 5, 30) - index * day).toISOString(),
    platform: offeror === offerors.mitx ? platforms.edx : offeror === offerors.ocw ? platforms.ocw : platforms.mitpe,
    offeredBy: offeror,
    departments: [],
    topics: [],
    prices: paid ? [{ amount: 1000 + number * 100, currency: 'USD' }] : [],
    runs: [],
    members: [],
    memberOf: [],
    ...details[id],
  };
});

// members and "part of" point both ways, as the catalog's do
for (const [programId, memberIds] of Object.entries(memberships)) {
  const program = byId(programId);
  program.members = memberIds.map((memberId, position) => ({ position, resource: byId(memberId) }));
  // the API gives members in order; the fixture lists them out of order so that the page has to sort them
  program.members.reverse();
  for (const memberId of memberIds) byId(memberId).memberOf.push(program);
}

function byId(id: string): FixtureResource {
  const resource = resources.find((candidate) => candidate.id === id);
  if (!resource) throw new Error(`no fixture resource ${id}`);
  return resource;
}

function certificateOf(type: ResourceType, offeror: FixtureOfferor): CertificationType {
  if (offeror === offerors.mitpe) return 'PROFESSIONAL';
  return type === 'PROGRAM' ? 'MICROMASTERS' : 'COMPLETION';
}

/** The one resource with nothing but its required fields; not in the list. */
export const bareResource: FixtureResource = {
  ...byId('res-2'),
  id: 'bare',
  readableId: 'bare',
  resourceType: 'PODCAST',
  resourceTypeGroup: 'LEARNING_MATERIAL',
  title: 'A resource without extras',
  description: null,
  url: null,
  certification: false,
  certificationType: 'NONE',
  availability: null,
  nextStartDate: null,
  offeredBy: null,
  memberOf: [],
  platform: platforms.ocw,
  languages: [],
  delivery: [],
  pace: [],
  format: [],
};
