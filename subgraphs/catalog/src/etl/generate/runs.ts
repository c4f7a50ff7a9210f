import { emptyRun, type RunInput } from '../resource-input.js';
import { weekRange } from './commitment.js';
import type { Random } from './random.js';
import type { Specimen } from './specimens/index.js';
import type { PlatformWords } from './vocabulary.js';

const day = 24 * 60 * 60 * 1000;

/** Midnight UTC `days` after `now`: providers schedule runs by date, not by the minute. */
const daysFrom = (now: Date, days: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * day);

export interface RunsArgs {
  shape: Specimen;
  readableId: string;
  title: string;
  url: string | null;
  words: PlatformWords;
  random: Random;
  now: Date;
}

/**
 * The runs of a generated course or program, shaped like its specimen's. Dated providers get up to six
 * runs around `now` (some over, some open, some ahead), each with enrolment dates and, where the
 * provider charges, a price. Providers that publish terms instead (OCW, OLL) get one past term.
 *
 * @example
 * const runs = generateRuns({ shape, readableId, title, url, words: vocabulary.words(shape.platform), random, now });
 */
export function generateRuns({ shape, readableId, title, url, words, random, now }: RunsArgs): RunInput[] {
  if (shape.runCount === 0) return [];
  const base = (index: number): RunInput => ({
    ...emptyRun(`${readableId}+R${index + 1}`),
    title,
    url,
    levels: shape.levels.length > 0 ? [random.pick(words.levels)] : [],
    delivery: [...shape.delivery],
    pace: [...shape.pace],
    format: [...shape.format],
    instructors: shape.instructors.length > 0 ? [...new Set(random.sample(words.instructors, random.int(1, 3)))] : [],
    prices: shape.prices.length > 0 ? [{ amount: random.pick(words.prices), currency: 'USD' }] : [],
  });
  if (shape.availability !== 'DATED') {
    return [
      {
        ...base(0),
        semester: shape.semester ? random.pick(words.semesters) : null,
        year: now.getUTCFullYear() - random.int(0, 20),
      },
    ];
  }
  // Executive courses last days ("3 Days"): a week covers them.
  const weeks = weekRange(shape.duration)?.max ?? (/\bdays?\b/i.test(shape.duration ?? '') ? 1 : random.int(1, 14));
  const count = random.int(1, Math.min(shape.runCount, 6));
  let start = random.int(-540, 240);
  const runs: RunInput[] = [];
  for (let index = 0; index < count; index += 1) {
    const startDate = daysFrom(now, start);
    runs.push({
      ...base(index),
      year: startDate.getUTCFullYear(),
      startDate,
      endDate: daysFrom(now, start + weeks * 7),
      enrollmentStart: daysFrom(now, start - random.int(20, 90)),
      enrollmentEnd: daysFrom(now, start + random.int(0, 14)),
    });
    start += weeks * 7 + random.int(14, 180);
  }
  return runs;
}
