import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type {
  Availability,
  CertificationType,
  Delivery,
  Format,
  Level,
  Pace,
  ResourceType,
} from '../../resource-input.js';

/**
 * One real provider record reduced to what the catalog generator draws from: its shape (platform and
 * offeror as the provider pairs them, type, delivery, price points, credential) and its words (title,
 * description, instructors, the provider's topic names). Generated resources copy a specimen's shape and
 * mix the words of many specimens of the same platform.
 */
export interface Specimen {
  platform: string;
  offeredBy: string | null;
  resourceType: ResourceType;
  /** Whose topic vocabulary `topics` uses, as the importer of this provider sets it. */
  topicProvider: string | null;
  /** For playlists, podcasts and documents: what kind of collection it is ("Lecture Videos"). */
  title: string;
  /** Plain text. */
  description: string | null;
  instructors: string[];
  topics: string[];
  /** Department codes or names. */
  departments: string[];
  /** USD amounts the provider lists for the resource or its runs. */
  prices: number[];
  duration: string | null;
  timeCommitment: string | null;
  levels: Level[];
  /** ISO 639-1 codes. */
  languages: string[];
  delivery: Delivery[];
  pace: Pace[];
  format: Format[];
  certificationType: CertificationType;
  professional: boolean;
  availability: Availability | null;
  location: string | null;
  imageUrl: string | null;
  /** Terms ("Fall", "January IAP") the provider names its runs by. */
  semester: string | null;
  /** How many runs the provider lists (0 for videos and documents). */
  runCount: number;
  /** How many members a program, playlist or podcast has. */
  memberCount: number;
}

/**
 * A specimen with every optional part empty, for readers to fill in.
 *
 * @example
 * const video = { ...specimen({ platform: 'youtube', offeredBy: 'ocw', resourceType: 'VIDEO', topicProvider: null, title }), languages: ['en'] };
 */
export function specimen(
  required: Pick<Specimen, 'platform' | 'offeredBy' | 'resourceType' | 'topicProvider' | 'title'>,
): Specimen {
  return {
    ...required,
    description: null,
    instructors: [],
    topics: [],
    departments: [],
    prices: [],
    duration: null,
    timeCommitment: null,
    levels: [],
    languages: [],
    delivery: [],
    pace: [],
    format: [],
    certificationType: 'NONE',
    professional: false,
    availability: null,
    location: null,
    imageUrl: null,
    semester: null,
    runCount: 0,
    memberCount: 0,
  };
}

/** Reads one bundled file and checks it has the fields a reader uses; other fields are ignored. */
export async function readData<T>(dataDir: string, path: string, schema: z.ZodType<T>): Promise<T> {
  const text = await readFile(join(dataDir, path), 'utf8');
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message ?? 'not the expected format'}`);
  return parsed.data;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Plain text from a provider's HTML or text: tags dropped, entities decoded, whitespace collapsed. */
export function plainText(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value
    // Inline markup sits inside words ("exp(-x<sup>2</sup>)"); other tags separate them.
    .replace(/<\/?(?:sup|sub|i|b|em|strong|span|a)\b[^>]*>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (match, name: string) => {
      if (entities[name]) return entities[name];
      return /^#\d+$/.test(name) ? String.fromCodePoint(Number(name.slice(1))) : match;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

/** Splits a delimited list ("a|b|c"), trimming and dropping empty items. */
export const splitList = (value: string | null | undefined, separator: string | RegExp = '|') =>
  (value ?? '')
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

/** "$3,500", "13900.0", 999 → 3500, 13900, 999; anything else → null. */
export function amount(value: string | number | null | undefined): number | null {
  const number = typeof value === 'number' ? value : Number((value ?? '').replace(/[$,\s]/g, ''));
  return value !== null && value !== undefined && value !== '' && Number.isFinite(number) && number >= 0
    ? number
    : null;
}

const levels: Record<string, Level> = {
  undergraduate: 'UNDERGRADUATE',
  graduate: 'GRADUATE',
  'non-credit': 'NONCREDIT',
  'high school': 'HIGH_SCHOOL',
};

/** The level a provider names ("Undergraduate", "Non-Credit"), as a list for the specimen. */
export function levelsOf(value: string | null | undefined): Level[] {
  const level = levels[(value ?? '').trim().toLowerCase()];
  return level ? [level] : [];
}

const deliveries: Record<string, Delivery> = {
  online: 'ONLINE',
  'in person': 'IN_PERSON',
  'on campus': 'IN_PERSON',
  blended: 'HYBRID',
};

/** The delivery a provider names ("Online", "On Campus", "Blended"). */
export function deliveryOf(value: string | null | undefined): Delivery[] {
  const delivery = deliveries[(value ?? '').trim().toLowerCase()];
  return delivery ? [delivery] : [];
}

/** Languages a title names in its suffix, as MIT Professional Education marks translated programs. */
const titleLanguages: Record<string, string> = { portuguese: 'pt', spanish: 'es' };

export function languageOfTitle(title: string): string[] {
  const suffix = /\((\w+)\)\s*$/.exec(title)?.[1]?.toLowerCase();
  return [(suffix && titleLanguages[suffix]) || 'en'];
}

/**
 * MIT Learn's test fixtures, bundled with the real records, include placeholder records ("Dateless
 * Course, ignore me", "Sub Page"); they would leak into generated titles.
 */
export const isPlaceholder = (title: string) => /ignore me|^sub page$|^testing/i.test(title.trim());
