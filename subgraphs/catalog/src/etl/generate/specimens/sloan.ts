import { z } from 'zod';
import type { Format } from '../../resource-input.js';
import { amount, deliveryOf, plainText, readData, type Specimen, specimen, splitList } from './specimen.js';

const sloanCourse = z.object({
  Title: z.string(),
  Course_Id: z.string(),
  Description: z.string().nullish(),
  Topics: z.string().nullish(),
  Image_Src: z.string().nullish(),
});
const sloanRun = z.object({
  Course_Id: z.string(),
  Delivery: z.string().nullish(),
  Format: z.string().nullish(),
  Duration: z.string().nullish(),
  Time_Commitment: z.string().nullish(),
  Price: z.string().nullish(),
  Location: z.string().nullish(),
  Faculty_Name: z.string().nullish(),
});

/** "Synchronous", "Asynchronous (Date based)", "Asynchronous (On-Demand)". */
const formatOf = (value: string | null | undefined): Format[] =>
  value?.startsWith('Synchronous') ? ['SYNCHRONOUS'] : value?.startsWith('Asynchronous') ? ['ASYNCHRONOUS'] : [];

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * MIT Sloan Executive Education: courses joined with their runs, which carry what varies by offering
 * (delivery, price, location, faculty). Topics read "Business: Strategy"; Sloan's topic mappings use the
 * part after the colon.
 */
export async function readSloanSpecimens(dataDir: string): Promise<Specimen[]> {
  const courses = await readData(dataDir, 'mit-learn/test_sloan_courses.json', z.array(sloanCourse));
  const runs = await readData(dataDir, 'mit-learn/test_sloan_runs.json', z.array(sloanRun));
  return courses.map((course) => {
    const own = runs.filter((run) => run.Course_Id === course.Course_Id);
    const first = own[0];
    const topic = course.Topics?.split(':')[1]?.trim();
    return {
      ...specimen({
        platform: 'see',
        offeredBy: 'see',
        resourceType: 'COURSE',
        topicProvider: 'see',
        title: course.Title.trim(),
      }),
      description: plainText(course.Description),
      topics: topic ? [topic] : [],
      imageUrl: course.Image_Src ?? null,
      instructors: unique(own.flatMap((run) => splitList(run.Faculty_Name, ','))),
      prices: unique(own.flatMap((run) => amount(run.Price) ?? [])),
      delivery: unique(own.flatMap((run) => deliveryOf(run.Delivery))),
      format: unique(own.flatMap((run) => formatOf(run.Format))),
      duration: first?.Duration ?? null,
      timeCommitment: first?.Time_Commitment ?? null,
      location: own.map((run) => run.Location).find((location) => location && location !== 'N/A') ?? null,
      languages: ['en'],
      pace: ['INSTRUCTOR_PACED'],
      availability: 'DATED',
      certificationType: 'PROFESSIONAL',
      professional: true,
      runCount: own.length,
    };
  });
}
