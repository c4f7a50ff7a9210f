import type { GraphQLResponse } from '@learngraph/service-kit/testing';
import type { FaultSystem } from './fault-system.js';

type Edit = GraphQLResponse<Record<string, { success: boolean; record: { id: string } | null }>>;

/** The resource's id, or an error showing the whole answer when the edit did not succeed. */
function succeeded(answer: Edit, field: string): string {
  const result = answer.data?.[field];
  if (answer.status !== 200 || answer.errors || !result?.success || !result.record) {
    throw new Error(`${field} did not succeed: ${JSON.stringify(answer)}`);
  }
  return result.record.id;
}

/**
 * An editor changing the catalog through the edge: each call is one edit (one catalog event) and fails,
 * showing the answer, unless the edit succeeded.
 *
 * @example
 * const editor = catalogEditor(system);
 * const id = await editor.create('faults-1');
 * await editor.update(id, 'A new title');
 */
export function catalogEditor(system: FaultSystem) {
  const edit = async (field: string, query: string, variables: Record<string, unknown>) =>
    succeeded(await system.graphql(query, variables, system.editorToken), field);
  return {
    create: (readableId: string) =>
      edit(
        'learningResourceCreate',
        'mutation ($input: LearningResourceInput!) { learningResourceCreate(input: $input) { success record { id } } }',
        { input: { platform: 'youtube', readableId, resourceType: 'VIDEO', title: `Fault drill ${readableId}` } },
      ),
    update: (id: string, title: string) =>
      edit(
        'learningResourceUpdate',
        'mutation ($id: ID!, $input: LearningResourceInput!) { learningResourceUpdate(id: $id, input: $input) { success record { id } } }',
        { id, input: { title } },
      ),
    unpublish: (id: string) =>
      edit(
        'learningResourceUnpublish',
        'mutation ($id: ID!) { learningResourceUnpublish(id: $id) { success record { id } } }',
        { id },
      ),
  };
}
/** Runs `work` for every item, at most `concurrency` at a time, and resolves with the results in order. */
export async function inParallel<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index] as T);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
