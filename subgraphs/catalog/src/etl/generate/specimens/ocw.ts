import { readdir } from 'node:fs/promises';
import { z } from 'zod';
import { isPlaceholder, levelsOf, plainText, readData, type Specimen, specimen } from './specimen.js';

const ocwToGoCourse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  topics: z.array(z.string()).default([]),
  instructors: z.array(z.string()).default([]),
  courseNumber: z.string().nullish(),
  courseLevel: z.string().nullish(),
  videoGroups: z
    .array(z.object({ category: z.string(), videos: z.array(z.object({ title: z.string() })) }))
    .default([]),
});

const ocwParsedCourse = z.object({
  title: z.string(),
  department_number: z.string().nullish(),
  course_pages: z.array(z.object({ title: z.string() })).default([]),
  course_embedded_media: z.record(z.string(), z.object({ title: z.string() })).default({}),
});

/** OCW groups a course's media by category; audio categories are podcasts, notes are documents. */
const audioCategories = new Set(['Podcasts', 'Lecture Audio']);
const documentCategories = new Set(['Lecture Notes']);

const term = (slug: string) => {
  const match = /-(fall|spring|summer|january-iap)-\d{4}$/.exec(slug)?.[1];
  if (!match) return null;
  return match === 'january-iap' ? 'January IAP' : `${match[0]?.toUpperCase()}${match.slice(1)}`;
};

const ocwShape = { offeredBy: 'ocw', topicProvider: 'ocw' } as const;
const anytime: Pick<Specimen, 'languages' | 'delivery' | 'pace' | 'format' | 'availability'> = {
  languages: ['en'],
  delivery: ['ONLINE'],
  pace: ['SELF_PACED'],
  format: ['ASYNCHRONOUS'],
  availability: 'ANYTIME',
};

/**
 * OpenCourseWare: the ocw-to-go course files (courses, their lecture-video galleries, their podcasts)
 * and MIT Learn's parsed OCW course (pages, embedded lectures).
 */
export async function readOcwSpecimens(dataDir: string): Promise<Specimen[]> {
  const files = (await readdir(`${dataDir}/ocw-to-go/courses`)).filter((name) => name.endsWith('.json')).sort();
  const specimens: Specimen[] = [];
  for (const file of files) {
    const course = await readData(dataDir, `ocw-to-go/courses/${file}`, ocwToGoCourse);
    const shared = { ...anytime, topics: [...new Set(course.topics)] };
    const department = course.courseNumber?.split('.')[0]?.trim();
    specimens.push({
      ...specimen({ platform: 'ocw', resourceType: 'COURSE', title: course.name.trim(), ...ocwShape }),
      ...shared,
      description: plainText(course.description),
      instructors: course.instructors.map((name) => name.replace(/^(Prof\.|Dr\.)\s+/, '').trim()).filter(Boolean),
      departments: department ? [department] : [],
      levels: levelsOf(course.courseLevel),
      semester: term(course.id),
      runCount: 1,
    });
    for (const group of course.videoGroups) {
      const audio = audioCategories.has(group.category);
      if (documentCategories.has(group.category)) {
        specimens.push({
          ...specimen({ platform: 'ocw', resourceType: 'DOCUMENT', title: group.category, ...ocwShape }),
          ...shared,
        });
        continue;
      }
      const platform = audio ? 'podcast' : 'ocw';
      const collection = audio ? 'PODCAST' : 'VIDEO_PLAYLIST';
      specimens.push({
        ...specimen({ platform, resourceType: collection, title: group.category, ...ocwShape }),
        ...shared,
        memberCount: group.videos.length,
      });
      for (const video of group.videos) {
        const member = audio ? 'PODCAST_EPISODE' : 'VIDEO';
        specimens.push({
          ...specimen({ platform, resourceType: member, title: video.title.trim(), ...ocwShape }),
          ...shared,
        });
      }
    }
  }

  const parsed = await readData(dataDir, 'mit-learn/test_ocw_parsed.json', ocwParsedCourse);
  const departments = parsed.department_number ? [parsed.department_number] : [];
  specimens.push({
    ...specimen({ platform: 'ocw', resourceType: 'COURSE', title: parsed.title, ...ocwShape }),
    ...anytime,
    departments,
    runCount: 1,
  });
  for (const page of parsed.course_pages.filter((candidate) => !isPlaceholder(candidate.title))) {
    specimens.push({
      ...specimen({ platform: 'ocw', resourceType: 'DOCUMENT', title: page.title, ...ocwShape }),
      ...anytime,
      departments,
    });
  }
  for (const media of Object.values(parsed.course_embedded_media)) {
    specimens.push({
      ...specimen({ platform: 'ocw', resourceType: 'VIDEO', title: media.title, ...ocwShape }),
      ...anytime,
      departments,
    });
  }
  return specimens;
}
