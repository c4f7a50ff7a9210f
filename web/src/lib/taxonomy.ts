import { cache } from 'react';
import {
  DepartmentsDocument,
  type DepartmentsQuery,
  TopicDocument,
  type TopicQuery,
  TopicsDocument,
  type TopicsQuery,
} from '@/gql/graphql';
import { executeGraphQL } from './execute-graphql';
import { type LearningResourcePage, listOfferors, type Offeror, PAGE_SIZE } from './learning-resources';
import { fail, type Result } from './result';

export type TopicWithResources = NonNullable<TopicQuery['topic']> & { resources: LearningResourcePage };
export type Department = DepartmentsQuery['departments'][number];
export type TopicTree = TopicsQuery['topics'];

/**
 * A topic with one page of its resources (its sub-topics' included), or `not-found`, also for a malformed id.
 * Cached per request, so the page and its metadata share one fetch.
 * @example const result = await getTopic('6f1f…', undefined);
 */
export const getTopic = cache(async (id: string, after: string | undefined): Promise<Result<TopicWithResources>> => {
  const result = await executeGraphQL(TopicDocument, { id, first: PAGE_SIZE, after });
  if (!result.ok) return result.error.kind === 'rejected' && !after ? fail('not-found') : result;
  return result.data.topic ? { ok: true, data: result.data.topic } : fail('not-found');
});

/**
 * The topic tree's roots and their children.
 * @example const result = await listTopics();
 */
export const listTopics = cache(async (): Promise<Result<TopicTree>> => {
  const result = await executeGraphQL(TopicsDocument, {});
  return result.ok ? { ok: true, data: result.data.topics } : result;
});

/**
 * Every MIT department, by code.
 * @example const result = await listDepartments();
 */
export const listDepartments = cache(async (): Promise<Result<Department[]>> => {
  const result = await executeGraphQL(DepartmentsDocument, {});
  return result.ok ? { ok: true, data: result.data.departments } : result;
});

/**
 * One department by its code, or `not-found`.
 * @example const result = await getDepartment('18');
 */
export async function getDepartment(id: string): Promise<Result<Department>> {
  return findIn(await listDepartments(), id);
}

/**
 * One offeror by its code, or `not-found`.
 * @example const result = await getOfferor('mitx');
 */
export const getOfferor = cache(async (id: string): Promise<Result<Offeror>> => findIn(await listOfferors(), id));

function findIn<T extends { id: string }>(list: Result<T[]>, id: string): Result<T> {
  if (!list.ok) return list;
  const found = list.data.find((item) => item.id === id);
  return found ? { ok: true, data: found } : fail('not-found');
}
