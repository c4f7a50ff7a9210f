import { createHash } from 'node:crypto';
import type {
  Availability,
  CertificationType,
  Delivery,
  Format,
  Level,
  Pace,
  ResourceType,
} from '../generated/prisma/enums.js';

export type { Availability, CertificationType, Delivery, Format, Level, Pace, ResourceType };

/** A price as the provider states it. */
export interface PriceInput {
  /** Non-negative, at most two decimals. */
  amount: number;
  /** ISO 4217, e.g. "USD". */
  currency: string;
}

/** One run (offering) of a course or program. */
export interface RunInput {
  /** The provider's id of the run, unique within the resource (e.g. "course-v1:MITxT+18.03.1x+2T2024"). */
  runId: string;
  title: string | null;
  url: string | null;
  levels: Level[];
  /** "Fall", "Spring", "Summer", "January IAP"… as the provider names it. */
  semester: string | null;
  year: number | null;
  startDate: Date | null;
  endDate: Date | null;
  enrollmentStart: Date | null;
  enrollmentEnd: Date | null;
  prices: PriceInput[];
  delivery: Delivery[];
  pace: Pace[];
  format: Format[];
  /** Full names, in the provider's order. */
  instructors: string[];
}

/**
 * A resource as an importer hands it to the loader: one provider record mapped onto the catalog's model.
 * Taxonomy references are by the provider's words, resolved by the loader against the seeded taxonomy:
 * `topics` through the topic mappings of `topicProvider` (falling back to topic names), `departments` by
 * department code or name, `offeredBy` and `platform` by code.
 */
export interface ResourceInput {
  /** Platform code (seeded taxonomy), e.g. "mitxonline"; readable ids are unique per platform. */
  platform: string;
  readableId: string;
  resourceType: ResourceType;
  title: string;
  /** Short description, plain text or Markdown. */
  description: string | null;
  fullDescription: string | null;
  url: string | null;
  image: { url: string; alt: string | null } | null;
  /** ISO 639-1 codes, lower case. */
  languages: string[];
  /** Offeror code (seeded taxonomy), e.g. "mitx". */
  offeredBy: string | null;
  /** Department codes ("18") or names ("Mathematics"). */
  departments: string[];
  /** The provider's topic names. */
  topics: string[];
  /** Whose topic vocabulary `topics` uses: a key of the taxonomy's mappings ("ocw", "mitx", …), or null for our own names. */
  topicProvider: string | null;
  certification: boolean;
  certificationType: CertificationType;
  professional: boolean;
  prices: PriceInput[];
  delivery: Delivery[];
  pace: Pace[];
  format: Format[];
  availability: Availability | null;
  /** As the provider writes it, e.g. "14 weeks". */
  duration: string | null;
  /** As the provider writes it, e.g. "7 hrs/wk". */
  timeCommitment: string | null;
  minWeeks: number | null;
  maxWeeks: number | null;
  minWeeklyHours: number | null;
  maxWeeklyHours: number | null;
  location: string | null;
  /** When the provider last changed the resource, if it says. */
  lastModified: Date | null;
  runs: RunInput[];
  /**
   * Readable ids (on the same platform) of this resource's members in order: a program's courses, a
   * playlist's videos, a podcast's episodes. Members missing from the catalog are skipped.
   */
  children: string[];
}

/** A resource with every optional part empty, for importers to fill in. */
export function emptyResource(
  required: Pick<ResourceInput, 'platform' | 'readableId' | 'resourceType' | 'title'>,
): ResourceInput {
  return {
    ...required,
    description: null,
    fullDescription: null,
    url: null,
    image: null,
    languages: [],
    offeredBy: null,
    departments: [],
    topics: [],
    topicProvider: null,
    certification: false,
    certificationType: 'NONE',
    professional: false,
    prices: [],
    delivery: [],
    pace: [],
    format: [],
    availability: null,
    duration: null,
    timeCommitment: null,
    minWeeks: null,
    maxWeeks: null,
    minWeeklyHours: null,
    maxWeeklyHours: null,
    location: null,
    lastModified: null,
    runs: [],
    children: [],
  };
}

/** A run with every optional part empty. */
export function emptyRun(runId: string): RunInput {
  return {
    runId,
    title: null,
    url: null,
    levels: [],
    semester: null,
    year: null,
    startDate: null,
    endDate: null,
    enrollmentStart: null,
    enrollmentEnd: null,
    prices: [],
    delivery: [],
    pace: [],
    format: [],
    instructors: [],
  };
}

/**
 * A stable fingerprint of an input: keys sorted at every level (dates as ISO strings), so that the same
 * provider record always hashes the same and an unchanged record is skipped without comparing fields.
 */
export function hashInput(input: ResourceInput): string {
  const canonical = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(input)))
    .digest('hex');
}
