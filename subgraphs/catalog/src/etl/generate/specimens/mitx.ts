import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Availability } from '../../resource-input.js';
import { csvRows } from './csv-rows.js';
import { amount, levelsOf, plainText, readData, type Specimen, specimen, splitList } from './specimen.js';

const named = z.array(z.object({ name: z.string() })).nullish();
const names = (list: z.infer<typeof named>) => (list ?? []).map((item) => item.name.trim()).filter(Boolean);

const shared = {
  availability: z.string().nullish(),
  certificate_type: z.string().nullish(),
  departments: named,
  topics: named,
  duration: z.string().nullish(),
  time_commitment: z.string().nullish(),
};
const mitxonlineCourses = z.object({
  results: z.array(
    z.object({
      ...shared,
      title: z.string(),
      page: z
        .object({
          description: z.string().nullish(),
          feature_image_src: z.string().nullish(),
          instructors: named,
        })
        .nullish(),
      courseruns: z.array(
        z.object({
          is_self_paced: z.boolean().nullish(),
          products: z.array(z.object({ price: z.string() })).default([]),
        }),
      ),
    }),
  ),
});
const mitxonlinePrograms = z.object({
  results: z.array(
    z.object({
      ...shared,
      title: z.string(),
      courses: z.array(z.number()),
      page: z.object({ description: z.string().nullish(), price: z.string().nullish() }).nullish(),
    }),
  ),
});

const availabilityOf = (value: string | null | undefined): Availability | null =>
  value === 'dated' ? 'DATED' : value === 'anytime' ? 'ANYTIME' : null;

const mitxShape = (record: z.infer<z.ZodObject<typeof shared>>): Partial<Specimen> => ({
  topics: names(record.topics),
  departments: names(record.departments),
  duration: record.duration ?? null,
  timeCommitment: record.time_commitment ?? null,
  availability: availabilityOf(record.availability),
  certificationType: record.certificate_type ? 'COMPLETION' : 'NONE',
  languages: ['en'],
  delivery: ['ONLINE'],
  format: ['ASYNCHRONOUS'],
});

/** MITx Online's courses and programs, and the Open Learning Library's courses (OLL metadata sheet). */
export async function readMitxSpecimens(dataDir: string): Promise<Specimen[]> {
  const specimens: Specimen[] = [];
  const courses = await readData(dataDir, 'mit-learn/mitxonline_courses.json', mitxonlineCourses);
  for (const course of courses.results) {
    specimens.push({
      ...specimen({
        platform: 'mitxonline',
        offeredBy: 'mitx',
        resourceType: 'COURSE',
        topicProvider: 'mitx',
        title: course.title,
      }),
      ...mitxShape(course),
      description: plainText(course.page?.description),
      instructors: names(course.page?.instructors),
      imageUrl: course.page?.feature_image_src ?? null,
      prices: course.courseruns.flatMap((run) => run.products.flatMap((product) => amount(product.price) ?? [])),
      pace: course.courseruns.some((run) => run.is_self_paced) ? ['SELF_PACED'] : ['INSTRUCTOR_PACED'],
      runCount: course.courseruns.length,
    });
  }
  const programs = await readData(dataDir, 'mit-learn/mitxonline_programs.json', mitxonlinePrograms);
  for (const program of programs.results) {
    const price = amount(program.page?.price);
    specimens.push({
      ...specimen({
        platform: 'mitxonline',
        offeredBy: 'mitx',
        resourceType: 'PROGRAM',
        topicProvider: 'mitx',
        title: program.title,
      }),
      ...mitxShape(program),
      description: plainText(program.page?.description),
      prices: price === null ? [] : [price],
      pace: ['INSTRUCTOR_PACED'],
      memberCount: program.courses.length,
    });
  }

  const sheet = csvRows(await readFile(join(dataDir, 'mit-learn/taxonomy/oll_metadata.csv'), 'utf8'));
  for (const row of sheet.filter((candidate) => candidate.title?.trim())) {
    const offeror = (row['Offered by'] ?? '').trim().toLowerCase();
    specimens.push({
      ...specimen({
        platform: 'oll',
        offeredBy: offeror === 'mitx' || offeror === 'ocw' ? offeror : null,
        resourceType: 'COURSE',
        // The sheet names our own topics, not a provider's.
        topicProvider: null,
        title: (row.title ?? '').trim(),
      }),
      description: plainText(row.description),
      instructors: Object.keys(row)
        .filter((column) => column.startsWith('Instructor'))
        .flatMap((column) => splitList(row[column])),
      topics: splitList(`${row['MITxO Primary Child'] ?? ''}|${row['MITxO Adopted Secondary Child'] ?? ''}`),
      levels: levelsOf(row.Level),
      languages: [row.Language?.trim() === 'Spanish' ? 'es' : 'en'],
      imageUrl: row['Course Image URL'] || null,
      delivery: ['ONLINE'],
      pace: ['SELF_PACED'],
      format: ['ASYNCHRONOUS'],
      availability: 'ANYTIME',
      runCount: 1,
    });
  }
  return specimens;
}
