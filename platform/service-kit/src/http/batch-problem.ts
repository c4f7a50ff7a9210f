/**
 * Why a batched body (a JSON array of operations) cannot run, as an `extensions.code` and a message, or null
 * when it can: it must hold between one and `maxOperations` operations, each a JSON object. Apollo Server has
 * no bound on a batch's length, and answers a member that is not an object with a message about the whole body.
 *
 * @example
 * batchProblem([], 64); // ['BAD_REQUEST', 'A batch must hold at least one operation.']
 */
export function batchProblem(batch: readonly unknown[], maxOperations: number): [code: string, message: string] | null {
  if (batch.length === 0) return ['BAD_REQUEST', 'A batch must hold at least one operation.'];
  if (batch.length > maxOperations)
    return ['BATCH_TOO_LARGE', `A batch may hold at most ${maxOperations} operations; this one holds ${batch.length}.`];
  const index = batch.findIndex((member) => typeof member !== 'object' || member === null || Array.isArray(member));
  if (index >= 0) return ['BAD_REQUEST', `Operation ${index} of the batch is not a JSON object.`];
  return null;
}
