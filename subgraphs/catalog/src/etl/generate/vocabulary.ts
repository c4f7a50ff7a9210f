import { fileURLToPath } from 'node:url';
import type { Level, ResourceType } from '../resource-input.js';
import { readSpecimens, type Specimen } from './specimens/index.js';
import { readTaxonomyWords, type TaxonomyWords } from './taxonomy-words.js';
import { createTitleChain, type TitleChain } from './title-chain.js';

/** The words one platform's generated resources are made of, each list as often as the data repeats it. */
export interface PlatformWords {
  instructors: string[];
  departments: string[];
  prices: number[];
  durations: string[];
  timeCommitments: string[];
  locations: string[];
  images: string[];
  levels: Level[];
  sentences: string[];
  semesters: string[];
}

/** Everything the generator may say, all of it drawn from the bundled provider data. */
export interface Vocabulary {
  /** Real records by type: the shapes generated resources copy (platform, offeror, delivery, price…). */
  shapes: ReadonlyMap<ResourceType, readonly Specimen[]>;
  /** A platform's words; a kind the platform's records never mention is borrowed from all platforms. */
  words(platform: string): PlatformWords;
  /** Topic names as `provider` (or, for null, the catalog itself) writes them, all of which resolve. */
  topics(provider: string | null): readonly string[];
  /** Titles of courses and programs, and of videos and episodes. */
  courseTitles: TitleChain;
  videoTitles: TitleChain;
  /** What playlists, podcasts and documents are called within a course ("Lecture Videos"). */
  collectionKinds(type: ResourceType): readonly string[];
  /** The platform's site, for resource URLs. */
  platformUrl(platform: string): string | null;
}

/** The catalog's bundled provider data (`subgraphs/catalog/data/`), from `src/` and `dist/` alike. */
export const bundledDataDir = fileURLToPath(new URL('../../../data/', import.meta.url));

/** Splits plain text into sentences that can stand alone in another description. */
function sentencesOf(text: string | null): string[] {
  return (text ?? '')
    .split(/(?<=[.!?])\s+(?=["“(]?[A-Z])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 25 && sentence.length <= 400 && /[.!?]["”)]?$/.test(sentence));
}

function imageUrl(specimen: Specimen, taxonomy: TaxonomyWords): string[] {
  if (!specimen.imageUrl) return [];
  // Some providers give paths on their own site; the platform's site makes them absolute.
  const base = taxonomy.platformUrls.get(specimen.platform);
  if (URL.canParse(specimen.imageUrl)) return [specimen.imageUrl];
  return base && URL.canParse(specimen.imageUrl, base) ? [new URL(specimen.imageUrl, base).toString()] : [];
}

function wordsOf(specimens: readonly Specimen[], taxonomy: TaxonomyWords): PlatformWords {
  const list = <T>(pick: (specimen: Specimen) => T[]) => specimens.flatMap(pick);
  return {
    instructors: list((specimen) => specimen.instructors),
    departments: list((specimen) => specimen.departments),
    prices: list((specimen) => specimen.prices),
    durations: list((specimen) => (specimen.duration ? [specimen.duration] : [])),
    timeCommitments: list((specimen) => (specimen.timeCommitment ? [specimen.timeCommitment] : [])),
    locations: list((specimen) => (specimen.location ? [specimen.location] : [])),
    images: list((specimen) => imageUrl(specimen, taxonomy)),
    levels: list((specimen) => specimen.levels),
    sentences: list((specimen) => sentencesOf(specimen.description)),
    semesters: list((specimen) => (specimen.semester ? [specimen.semester] : [])),
  };
}

/** A platform's words, with each kind it lacks taken from all platforms. */
function withFallback(own: PlatformWords, all: PlatformWords): PlatformWords {
  const or = <K extends keyof PlatformWords>(kind: K): PlatformWords[K] =>
    own[kind].length > 0 ? own[kind] : all[kind];
  return {
    instructors: or('instructors'),
    departments: or('departments'),
    prices: or('prices'),
    durations: or('durations'),
    timeCommitments: or('timeCommitments'),
    locations: or('locations'),
    images: or('images'),
    levels: or('levels'),
    sentences: or('sentences'),
    semesters: or('semesters'),
  };
}

/**
 * Topic names per provider that the taxonomy resolves (a mapping of that provider, or one of our own
 * topic names): those the data uses, as often as it uses them, plus every mapped name once so that
 * the whole tree is reachable.
 */
function topicPools(specimens: readonly Specimen[], taxonomy: TaxonomyWords): Map<string | null, string[]> {
  const own = new Set(taxonomy.topicNames.map((name) => name.toLowerCase()));
  const providers: Array<string | null> = [null, ...taxonomy.mappings.keys()];
  return new Map(
    providers.map((provider) => {
      const mapped = provider === null ? taxonomy.topicNames : (taxonomy.mappings.get(provider) ?? []);
      const resolves = new Set([...own, ...mapped.map((name) => name.toLowerCase())]);
      const used = specimens
        .filter((specimen) => specimen.topicProvider === provider)
        .flatMap((specimen) => specimen.topics)
        .filter((name) => resolves.has(name.toLowerCase()));
      return [provider, [...used, ...mapped]];
    }),
  );
}

/**
 * The generator's vocabulary from specimens of real records and the taxonomy they resolve against.
 *
 * @example
 * const vocabulary = buildVocabulary(await readSpecimens(dir), await readTaxonomyWords(`${dir}/mit-learn/taxonomy`));
 */
export function buildVocabulary(specimens: readonly Specimen[], taxonomy: TaxonomyWords): Vocabulary {
  const ofTypes = (...types: ResourceType[]) => specimens.filter((specimen) => types.includes(specimen.resourceType));
  const shapes = new Map<ResourceType, Specimen[]>();
  for (const specimen of specimens)
    shapes.set(specimen.resourceType, [...(shapes.get(specimen.resourceType) ?? []), specimen]);

  const everywhere = wordsOf(specimens, taxonomy);
  const byPlatform = new Map<string, PlatformWords>();
  for (const platform of new Set(specimens.map((specimen) => specimen.platform))) {
    const own = wordsOf(
      specimens.filter((specimen) => specimen.platform === platform),
      taxonomy,
    );
    byPlatform.set(platform, withFallback(own, everywhere));
  }
  const topics = topicPools(specimens, taxonomy);
  const kinds = new Map<ResourceType, string[]>(
    (['VIDEO_PLAYLIST', 'PODCAST', 'DOCUMENT'] as const).map((type) => [
      type,
      ofTypes(type).map((specimen) => specimen.title),
    ]),
  );
  return {
    shapes,
    words: (platform) => byPlatform.get(platform) ?? everywhere,
    topics: (provider) => topics.get(provider) ?? topics.get(null) ?? [],
    courseTitles: createTitleChain(ofTypes('COURSE', 'PROGRAM').map((specimen) => specimen.title)),
    videoTitles: createTitleChain(ofTypes('VIDEO', 'PODCAST_EPISODE').map((specimen) => specimen.title)),
    collectionKinds: (type) => kinds.get(type) ?? [],
    platformUrl: (platform) => taxonomy.platformUrls.get(platform) ?? null,
  };
}

/**
 * Reads the bundled provider data and builds the vocabulary from it (about a second; build it once and
 * pass it to every `generateCatalog` call).
 *
 * @example
 * const vocabulary = await loadVocabulary();
 */
export async function loadVocabulary(dataDir = bundledDataDir): Promise<Vocabulary> {
  const [specimens, taxonomy] = await Promise.all([
    readSpecimens(dataDir),
    readTaxonomyWords(`${dataDir}/mit-learn/taxonomy`),
  ]);
  return buildVocabulary(specimens, taxonomy);
}
