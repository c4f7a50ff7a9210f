import { headers } from 'next/headers';
import { getConfig } from '@/config';
import { LearningResourceViewRecordDocument } from '@/gql/graphql';
import { executeGraphQL } from './execute-graphql';
import { visitorKey } from './visitor-key';

/**
 * Counts this request as a view of a resource, under the visitor's key for today (the client address the edge
 * forwards, and the browser). A failure is only logged by `executeGraphQL`: the page never depends on it.
 * @example await recordResourceView('42');
 */
export async function recordResourceView(id: string): Promise<void> {
  const request = await headers();
  // the edge puts the client's address first; without the edge (local runs) every visitor shares one address
  const address = request.get('x-forwarded-for')?.split(',')[0]?.trim() ?? '';
  const key = visitorKey(getConfig().viewKeySecret, new Date(), address, request.get('user-agent') ?? '');
  await executeGraphQL(LearningResourceViewRecordDocument, { id, visitorKey: key });
}
