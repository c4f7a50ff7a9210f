import { z } from 'zod';
import { amount, deliveryOf, plainText, readData, type Specimen, specimen } from './specimen.js';

const instructors = z.array(z.object({ name: z.string() })).nullish();
const xproCourse = z.object({
  title: z.string(),
  description: z.string().nullish(),
  thumbnail_url: z.string().nullish(),
  topics: z.array(z.object({ name: z.string() })).default([]),
  time_commitment: z.string().nullish(),
  duration: z.string().nullish(),
  format: z.string().nullish(),
  availability: z.string().nullish(),
  courseruns: z.array(z.object({ current_price: z.number().nullish(), instructors })).default([]),
});
const xproProgram = xproCourse.extend({
  current_price: z.number().nullish(),
  instructors,
  courses: z.array(xproCourse),
});

/**
 * xPRO names topics "Business:Leadership & Organizations"; its topic mappings use the part after the
 * colon, and names without one are xPRO's older vocabulary, which maps to nothing.
 */
const topicsOf = (topics: Array<{ name: string }>) =>
  topics.flatMap(({ name }) => (name.includes(':') ? [name.slice(name.indexOf(':') + 1).trim()] : []));

function xproSpecimen(record: z.infer<typeof xproCourse>, resourceType: 'COURSE' | 'PROGRAM'): Specimen {
  return {
    ...specimen({ platform: 'xpro', offeredBy: 'xpro', resourceType, topicProvider: 'xpro', title: record.title }),
    description: plainText(record.description),
    imageUrl: record.thumbnail_url ?? null,
    topics: topicsOf(record.topics),
    duration: record.duration ?? null,
    timeCommitment: record.time_commitment ?? null,
    languages: ['en'],
    delivery: deliveryOf(record.format),
    pace: ['INSTRUCTOR_PACED'],
    format: ['ASYNCHRONOUS'],
    availability: record.availability === 'dated' ? 'DATED' : 'ANYTIME',
    certificationType: 'PROFESSIONAL',
    professional: true,
    instructors: [
      ...new Set(record.courseruns.flatMap((run) => (run.instructors ?? []).map(({ name }) => name.trim()))),
    ],
    prices: record.courseruns.flatMap((run) => amount(run.current_price) ?? []),
    runCount: record.courseruns.length,
  };
}

/** MIT xPRO's courses and programs, with the courses each program lists. */
export async function readXproSpecimens(dataDir: string): Promise<Specimen[]> {
  const courses = await readData(dataDir, 'mit-learn/xpro_courses.json', z.array(xproCourse));
  const programs = await readData(dataDir, 'mit-learn/xpro_programs.json', z.array(xproProgram));
  return [
    ...courses.map((course) => xproSpecimen(course, 'COURSE')),
    ...programs.flatMap((program) => {
      const price = amount(program.current_price);
      return [
        {
          ...xproSpecimen(program, 'PROGRAM'),
          instructors: (program.instructors ?? []).map(({ name }) => name.trim()),
          prices: price === null ? [] : [price],
          runCount: 0,
          memberCount: program.courses.length,
        },
        ...program.courses.map((course) => xproSpecimen(course, 'COURSE')),
      ];
    }),
  ];
}
