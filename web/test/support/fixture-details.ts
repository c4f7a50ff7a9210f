import { topics } from './fixture-taxonomy';
import type { FixtureResource } from './fixtures';

/**
 * The host the fixtures' images are on. Tests answer it inside the browser (see browser.ts), so nothing leaves
 * the machine.
 */
export const IMAGE_HOST = 'https://images.example.org';

/** What some of the 30 generated resources have beyond the generated fields, by id. */
export const details: Record<string, Partial<FixtureResource>> = {
  // a free MITx course, part of the res-4 program, with a picture described by its provider
  'res-1': {
    image: { url: `${IMAGE_HOST}/res-1.svg`, alt: 'A whiteboard full of equations' },
    topics: [topics.mathematics],
    levels: ['INTRODUCTORY'],
  },
  // a program whose courses are listed in memberships below; its picture has no alt text
  'res-4': {
    image: { url: `${IMAGE_HOST}/res-4.svg`, alt: null },
  },
  // lecture notes whose provider text looks like HTML: it must show as written, never as markup
  'res-5': {
    description: 'Notes on <b>vectors</b> & "matrices" <script>window.injected = true</script> for 18.06.',
    fullDescription:
      'First part: <img src=x onerror="window.injected = true">\nwith a second line.\n\nSecond part: a < b && b > c.',
  },
  // a paid professional course with two runs, latest first as the API gives them
  'res-6': {
    image: { url: `${IMAGE_HOST}/res-6.svg`, alt: 'Engineers around a prototype' },
    prices: [
      { amount: 2500, currency: 'USD' },
      { amount: 2250, currency: 'USD' },
    ],
    fullDescription: 'Five days on campus or online.\n\nBring a laptop.',
    nextStartDate: '2030-03-04T00:00:00.000Z',
    delivery: ['IN_PERSON', 'ONLINE'],
    format: ['SYNCHRONOUS'],
    duration: '5 days',
    timeCommitment: '8 hrs/day',
    levels: ['INTERMEDIATE', 'ADVANCED'],
    languages: ['en', 'es'],
    topics: [topics.engineering, topics.dataScience],
    departments: [{ id: '6', name: 'Electrical Engineering and Computer Science', school: null }],
    runs: [
      {
        runId: 'res-6-summer-2030',
        title: 'Fixture resource 6',
        url: null,
        semester: 'Summer',
        year: 2030,
        startDate: '2030-06-10T00:00:00.000Z',
        endDate: '2030-06-14T00:00:00.000Z',
        enrollmentStart: null,
        enrollmentEnd: '2030-05-27T00:00:00.000Z',
        levels: ['ADVANCED'],
        prices: [{ amount: 2500, currency: 'USD' }],
        delivery: ['IN_PERSON'],
        pace: ['INSTRUCTOR_PACED'],
        format: ['SYNCHRONOUS'],
        instructors: ['Ada Lovelace', 'Grace Hopper'],
      },
      {
        runId: 'res-6-spring-2030',
        title: 'Fixture resource 6',
        url: null,
        semester: null,
        year: null,
        startDate: '2030-03-04T00:00:00.000Z',
        endDate: '2030-04-26T00:00:00.000Z',
        enrollmentStart: null,
        enrollmentEnd: null,
        levels: ['INTERMEDIATE'],
        prices: [{ amount: 2250, currency: 'USD' }],
        delivery: ['ONLINE'],
        pace: ['INSTRUCTOR_PACED'],
        format: ['SYNCHRONOUS'],
        instructors: ['Katherine Johnson'],
      },
      {
        runId: 'res-6-fall-2031',
        title: 'Fixture resource 6',
        url: null,
        semester: 'Fall',
        year: 2031,
        startDate: null,
        endDate: null,
        enrollmentStart: null,
        enrollmentEnd: null,
        levels: [],
        prices: [],
        delivery: [],
        pace: [],
        format: [],
        instructors: ['Katherine Johnson'],
      },
    ],
  },
};

/** Programs and their members, in order. */
export const memberships: Record<string, string[]> = {
  'res-4': ['res-1', 'res-16', 'res-11'],
};
