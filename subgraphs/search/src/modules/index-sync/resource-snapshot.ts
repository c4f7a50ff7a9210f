import { z } from 'zod';

const topicNode = z.object({
  id: z.uuid(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  direct: z.boolean(),
});

/**
 * The part of a catalog resource event that search indexes. Fields the catalog added later default to
 * empty, so events written before them still apply.
 */
export const resourceSnapshotSchema = z.object({
  id: z.uuid(),
  resourceType: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  published: z.boolean(),
  platform: z.string().default(''),
  platformName: z.string().nullable().default(null),
  offeredBy: z.string().nullable().default(null),
  offerorName: z.string().nullable().default(null),
  departments: z.array(z.string()).default([]),
  departmentNames: z.array(z.object({ code: z.string(), name: z.string() })).default([]),
  topicTree: z.array(topicNode).default([]),
  levels: z.array(z.string()).default([]),
  certification: z.boolean().default(false),
  certificationType: z.string().default('NONE'),
  free: z.boolean().default(true),
  professional: z.boolean().default(false),
  delivery: z.array(z.string()).default([]),
  languages: z.array(z.string()).default([]),
  instructors: z.array(z.string()).default([]),
  views: z.number().int().default(0),
  nextStartDate: z.iso.datetime({ offset: true }).nullable().default(null),
  createdAt: z.iso.datetime({ offset: true }).nullable().default(null),
});

export type ResourceSnapshot = z.infer<typeof resourceSnapshotSchema>;
