import { slug } from '../../modules/taxonomy/index.js';
import type { ResourceInput, ResourceType } from '../resource-input.js';
import { weeklyHourRange, weekRange } from './commitment.js';
import type { Random } from './random.js';
import { generateRuns } from './runs.js';
import type { Specimen } from './specimens/index.js';
import type { Vocabulary } from './vocabulary.js';

/** A generated resource: an import input plus what only the catalog itself counts. */
export interface GeneratedResource extends ResourceInput {
  /** Page views. Providers do not report them, so they are written apart from the import (`recordViews`). */
  views: number;
}

export interface ResourceArgs {
  /** The real record whose shape the resource copies. */
  shape: Specimen;
  /** The resource's position in the catalog; readable ids end with it, which keeps them unique. */
  sequence: number;
  /** Topics shared with a parent (a playlist's videos are on its course's topics); drawn when absent. */
  topics?: string[];
  vocabulary: Vocabulary;
  random: Random;
  now: Date;
}

const day = 24 * 60 * 60 * 1000;

/** Courses and programs get course-like titles; collections are named like OCW names a course's media. */
function titleFor(type: ResourceType, vocabulary: Vocabulary, random: Random): string {
  if (type === 'VIDEO' || type === 'PODCAST_EPISODE') return vocabulary.videoTitles.next(random);
  const kinds = vocabulary.collectionKinds(type);
  const course = vocabulary.courseTitles.next(random);
  return kinds.length > 0 ? `${course}: ${random.pick(kinds)}` : course;
}

function drawTopics(shape: Specimen, vocabulary: Vocabulary, random: Random): string[] {
  const pool = vocabulary.topics(shape.topicProvider);
  const count = shape.topics.length > 0 ? Math.min(shape.topics.length, 4) : random.chance(0.5) ? random.int(1, 2) : 0;
  return [...new Set(random.sample(pool, count))];
}

/**
 * One resource shaped like `shape`: its platform, offeror, type, delivery, credential and which parts it
 * has (prices, runs, departments, duration…), with words drawn from the records of the same platform.
 *
 * @example
 * const course = generateResource({ shape, sequence: 0, vocabulary, random: createRandom(42), now: new Date() });
 */
export function generateResource({
  shape,
  sequence,
  topics,
  vocabulary,
  random,
  now,
}: ResourceArgs): GeneratedResource {
  const words = vocabulary.words(shape.platform);
  const title = titleFor(shape.resourceType, vocabulary, random);
  const readableId = `${slug(title).slice(0, 80).replace(/-+$/, '')}-${sequence}`;
  const base = vocabulary.platformUrl(shape.platform);
  const url = base ? new URL(`${readableId}/`, base).toString() : null;
  const prose = (min: number, max: number) => random.sample(words.sentences, random.int(min, max)).join(' ');
  const description = shape.description ? prose(1, 3) : null;
  const duration = shape.duration ? random.pick(words.durations) : null;
  const timeCommitment = shape.timeCommitment ? random.pick(words.timeCommitments) : null;
  const weeks = weekRange(duration);
  const hours = weeklyHourRange(timeCommitment);
  return {
    platform: shape.platform,
    readableId,
    resourceType: shape.resourceType,
    title,
    description,
    fullDescription: description && random.chance(0.4) ? `${description} ${prose(2, 6)}` : null,
    url,
    image: words.images.length > 0 && random.chance(0.9) ? { url: random.pick(words.images), alt: title } : null,
    languages: [...shape.languages],
    offeredBy: shape.offeredBy,
    departments:
      shape.departments.length > 0 ? [...new Set(random.sample(words.departments, shape.departments.length))] : [],
    topics: topics ?? drawTopics(shape, vocabulary, random),
    topicProvider: shape.topicProvider,
    certification: shape.certificationType !== 'NONE',
    certificationType: shape.certificationType,
    professional: shape.professional,
    prices: shape.prices.length > 0 ? [{ amount: random.pick(words.prices), currency: 'USD' }] : [],
    delivery: [...shape.delivery],
    pace: [...shape.pace],
    format: [...shape.format],
    availability: shape.availability,
    duration,
    timeCommitment,
    minWeeks: weeks?.min ?? null,
    maxWeeks: weeks?.max ?? null,
    minWeeklyHours: hours?.min ?? null,
    maxWeeklyHours: hours?.max ?? null,
    location: shape.location ? random.pick(words.locations) : null,
    // Recent changes are commoner than old ones; a fifth of providers never say.
    lastModified: random.chance(0.8) ? new Date(now.getTime() - Math.floor(random.next() ** 2 * 1800) * day) : null,
    runs: generateRuns({ shape, readableId, title, url, words, random, now }),
    children: [],
    views: Math.floor(random.logNormal(30, 1.8)),
  };
}
