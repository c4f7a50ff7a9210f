import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { catalogEvent, type LearningPathsUnderTest } from './learning-paths-under-test.js';

/** The fields tests read of a path. */
export const pathFields = `id title description topics visibility version followerCount hidden viewerCanEdit
  author { id } coEditors { id } items { position note required available resource { id } }`;

export interface PathView {
  id: string;
  title: string;
  description: string | null;
  topics: string[];
  visibility: string;
  version: number;
  followerCount: number;
  hidden: boolean;
  viewerCanEdit: boolean;
  author: { id: string } | null;
  coEditors: Array<{ id: string }>;
  items: Array<{
    position: number;
    note: string | null;
    required: boolean;
    available: boolean;
    resource: { id: string };
  }>;
}

export interface Response {
  success: boolean;
  record: PathView | null;
  errors: Array<{ code: string; message: string; field: string | null }>;
}

/** Runs `field(input: $input)` with the input type named. */
export async function mutateInput(
  paths: LearningPathsUnderTest,
  field: string,
  inputType: string,
  input: Record<string, unknown>,
  token?: string,
) {
  const { data, errors } = await paths.query<Record<string, Response>>(
    `mutation ($input: ${inputType}!) { ${field}(input: $input) { success errors { code message field } record { ${pathFields} } } }`,
    { input },
    token,
  );
  return { response: data?.[field] ?? null, errors };
}

/** Runs `field(id: $id)`. */
export async function mutateId(paths: LearningPathsUnderTest, field: string, id: string, token?: string) {
  const { data, errors } = await paths.query<Record<string, Response>>(
    `mutation ($id: ID!) { ${field}(id: $id) { success errors { code message field } record { ${pathFields} } } }`,
    { id },
    token,
  );
  return { response: data?.[field] ?? null, errors };
}

/** Creates a path as the holder of `token` and returns it; fails the test when it is not created. */
export async function createPath(paths: LearningPathsUnderTest, token: string, input: Record<string, unknown>) {
  const { response, errors } = await mutateInput(paths, 'learningPathCreate', 'LearningPathCreateInput', input, token);
  expect(errors).toBeUndefined();
  expect(response?.errors).toEqual([]);
  if (!response?.record) throw new Error('the path was not created');
  return response.record;
}

/** Publishes `count` resources into the subgraph's copy of the catalog and returns their ids. */
export async function publishResources(paths: LearningPathsUnderTest, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (const [index, id] of ids.entries()) {
    await paths.applyCatalogEvent(catalogEvent({ id, title: `Course ${index}`, published: true }, 1));
  }
  return ids;
}

/** Reads a path as the holder of `token` (anonymous without one). */
export async function readPath(paths: LearningPathsUnderTest, id: string, token?: string) {
  const { data, errors } = await paths.query<{ learningPath: PathView | null }>(
    `query ($id: ID!) { learningPath(id: $id) { ${pathFields} } }`,
    { id },
    token,
  );
  expect(errors).toBeUndefined();
  return data?.learningPath ?? null;
}

/** The resource ids of a path's items, in order. */
export const order = (path: PathView | null) => path?.items.map((item) => item.resource.id) ?? [];
