import { randomUUID } from 'node:crypto';
import type { IndexedResource } from './search-under-test.js';

export const topics = {
  science: { id: randomUUID(), name: 'Science', parentId: null },
  physics: { id: randomUUID(), name: 'Physics', parentId: null as string | null },
  mathematics: { id: randomUUID(), name: 'Mathematics', parentId: null },
};
topics.physics.parentId = topics.science.id;

const topicTree = (...nodes: Array<{ id: string; name: string; parentId: string | null; direct?: boolean }>) =>
  nodes.map((node) => ({ direct: true, ...node }));

const resource = (fields: Partial<IndexedResource> & { title: string }): IndexedResource => ({
  id: randomUUID(),
  description: null,
  published: true,
  resourceType: 'COURSE',
  platform: 'ocw',
  platformName: 'MIT OpenCourseWare',
  offeredBy: 'ocw',
  offerorName: 'MIT OpenCourseWare',
  languages: ['en'],
  levels: ['UNDERGRADUATE'],
  delivery: ['ONLINE'],
  free: true,
  certification: false,
  certificationType: 'NONE',
  professional: false,
  views: 0,
  createdAt: '2024-01-01T00:00:00.000Z',
  nextStartDate: null,
  ...fields,
});

// A small catalog, after real MIT courses, spread over every facet.
export const quantumPhysics = resource({
  title: 'Quantum Physics I',
  description: 'The experimental basis of quantum physics: photoelectric effect, Compton scattering, wave mechanics.',
  topicTree: topicTree({ ...topics.science, direct: false }, topics.physics),
  departments: ['8'],
  departmentNames: [{ code: '8', name: 'Physics' }],
  instructors: ['Barton Zwiebach'],
  views: 900,
  createdAt: '2023-02-01T00:00:00.000Z',
});
export const quantumComputing = resource({
  title: 'Quantum Computing Fundamentals',
  description: 'Quantum algorithms and how quantum computers may change business.',
  resourceType: 'PROGRAM',
  platform: 'xpro',
  platformName: 'MIT xPRO',
  offeredBy: 'xpro',
  offerorName: 'MIT xPRO',
  topicTree: topicTree(topics.science),
  levels: ['ADVANCED'],
  free: false,
  certification: true,
  certificationType: 'PROFESSIONAL',
  professional: true,
  delivery: ['ONLINE', 'HYBRID'],
  views: 300,
  createdAt: '2025-06-01T00:00:00.000Z',
  nextStartDate: '2099-03-01T00:00:00.000Z',
});
export const quantumLecture = resource({
  title: 'Lecture 1: Quantum mechanics as a framework',
  resourceType: 'VIDEO',
  platform: 'youtube',
  platformName: 'YouTube',
  topicTree: topicTree({ ...topics.science, direct: false }, topics.physics),
  languages: ['en', 'es'],
  views: 5000,
  createdAt: '2024-09-01T00:00:00.000Z',
});
export const linearAlgebra = resource({
  title: 'Linear Algebra',
  description: 'Matrix theory and linear algebra, emphasizing topics useful in other disciplines.',
  topicTree: topicTree(topics.mathematics),
  departments: ['18'],
  departmentNames: [{ code: '18', name: 'Mathematics' }],
  instructors: ['Gilbert Strang'],
  delivery: ['IN_PERSON'],
  views: 4000,
  createdAt: '2022-01-01T00:00:00.000Z',
  nextStartDate: '2099-09-01T00:00:00.000Z',
});

export const fixtureResources = [quantumPhysics, quantumComputing, quantumLecture, linearAlgebra];
