import { z } from 'zod';
import {
  amount,
  deliveryOf,
  isPlaceholder,
  languageOfTitle,
  plainText,
  readData,
  type Specimen,
  specimen,
  splitList,
} from './specimen.js';

const mitpeResource = z.object({
  title: z.string(),
  description: z.string().nullish(),
  learning_format: z.string().nullish(),
  resource_type: z.string().nullish(),
  course_certificate: z.string().nullish(),
  topics: z.string().nullish(),
  image__src: z.string().nullish(),
  courses: z.string().nullish(),
  start_date: z.string().nullish(),
  price: z.string().nullish(),
  lead_instructors: z.string().nullish(),
  instructors: z.string().nullish(),
  location: z.string().nullish(),
  duration: z.string().nullish(),
});

const prolearnFile = z.object({
  data: z.object({
    searchAPISearch: z.object({
      documents: z.array(
        z.object({
          title: z.string(),
          field_course_or_program: z.string().nullish(),
          department: z.string().nullish(),
          body: z.string().nullish(),
          field_time_commitment: z.string().nullish(),
          field_duration: z.string().nullish(),
          field_price: z.string().nullish(),
          featured_image_url: z.string().nullish(),
          ucc_name: z.string().nullish(),
          certificate_name: z.string().nullish(),
          format_name: z.string().nullish(),
          start_value: z.array(z.number()).default([]),
          field_related_courses_programs: z.array(z.number()).default([]),
        }),
      ),
    }),
  }),
});

const bootcamp = z.object({
  title: z.string(),
  short_description: z.string().nullish(),
  image_src: z.string().nullish(),
  location: z.string().nullish(),
  instructors: z.array(z.object({ first_name: z.string(), last_name: z.string() })).default([]),
  topics: z.array(z.object({ name: z.string() })).default([]),
  prices: z.array(z.object({ price: z.number() })).default([]),
});

/** Prolearn lists courses of several MIT units; each unit is a platform, some also an offeror. */
const prolearnUnits: Record<string, { platform: string; offeredBy: string | null }> = {
  'MIT Professional Education': { platform: 'mitpe', offeredBy: 'mitpe' },
  'MIT CSAIL': { platform: 'csail', offeredBy: null },
};

const professionalShape: Partial<Specimen> = {
  professional: true,
  certificationType: 'PROFESSIONAL',
  pace: ['INSTRUCTOR_PACED'],
  availability: 'DATED',
};

/** MIT Professional Education's own feed, Prolearn's listings (MIT PE and CSAIL), and MIT Bootcamps. */
export async function readProfessionalSpecimens(dataDir: string): Promise<Specimen[]> {
  const specimens: Specimen[] = [];
  for (const file of ['mitpe/professional_ed_resources_0.json', 'mitpe/professional_ed_resources_1.json']) {
    for (const record of await readData(dataDir, `mit-learn/${file}`, z.array(mitpeResource))) {
      const program = record.resource_type === 'program';
      const price = amount(record.price);
      specimens.push({
        ...specimen({
          platform: 'mitpe',
          offeredBy: 'mitpe',
          resourceType: program ? 'PROGRAM' : 'COURSE',
          topicProvider: 'mitpe',
          title: record.title.trim(),
        }),
        ...professionalShape,
        description: plainText(record.description),
        topics: splitList(plainText(record.topics)),
        instructors: [...splitList(record.lead_instructors), ...splitList(record.instructors)],
        delivery: deliveryOf(record.learning_format),
        languages: languageOfTitle(record.title),
        prices: price === null ? [] : [price],
        duration: record.duration || null,
        location: record.location || null,
        imageUrl: record.image__src || null,
        runCount: splitList(record.start_date).length,
        memberCount: splitList(record.courses).length,
      });
    }
  }
  for (const file of ['prolearn_mitpe_courses.json', 'prolearn_csail_programs.json']) {
    const { documents } = (await readData(dataDir, `mit-learn/${file}`, prolearnFile)).data.searchAPISearch;
    for (const document of documents.filter((candidate) => !isPlaceholder(candidate.title))) {
      const unit = prolearnUnits[document.department ?? ''];
      if (!unit) continue;
      const price = amount(document.field_price);
      const program = document.field_course_or_program === 'program';
      specimens.push({
        ...specimen({
          ...unit,
          resourceType: program ? 'PROGRAM' : 'COURSE',
          topicProvider: 'mitpe',
          title: document.title.trim(),
        }),
        ...professionalShape,
        description: plainText(document.body),
        topics: document.ucc_name ? [document.ucc_name] : [],
        delivery: deliveryOf(document.format_name),
        languages: languageOfTitle(document.title),
        prices: price === null ? [] : [price],
        duration: document.field_duration ?? null,
        timeCommitment: document.field_time_commitment ?? null,
        imageUrl: document.featured_image_url ?? null,
        runCount: document.start_value.length,
        memberCount: document.field_related_courses_programs.length,
      });
    }
  }
  for (const record of await readData(dataDir, 'mit-learn/bootcamps.json', z.array(bootcamp))) {
    specimens.push({
      ...specimen({
        platform: 'bootcamps',
        offeredBy: 'bootcamps',
        resourceType: 'COURSE',
        topicProvider: null,
        title: record.title,
      }),
      description: plainText(record.short_description),
      instructors: record.instructors.map((person) => `${person.first_name} ${person.last_name}`.trim()),
      topics: record.topics.map((topic) => topic.name),
      prices: record.prices.map((price) => price.price),
      location: record.location ?? null,
      imageUrl: record.image_src ?? null,
      languages: ['en'],
      delivery: ['IN_PERSON'],
      pace: ['INSTRUCTOR_PACED'],
      format: ['SYNCHRONOUS'],
      availability: 'DATED',
      runCount: 1,
    });
  }
  return specimens;
}
