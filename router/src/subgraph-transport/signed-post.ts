import { routerSignatureHeader, signRouterRequest } from '@learngraph/service-kit';
import type { SubgraphPost } from './subgraph-answer.js';

/**
 * Signs every body with the router key before it is sent: the subgraphs answer nothing unsigned. It signs
 * what goes over the wire, so a batch is signed as a whole.
 *
 * @example
 * const post = signedPost(pooledPost({ url, timeoutMs, connections }).post, routerKey);
 */
export const signedPost =
  (post: SubgraphPost, routerKey: string): SubgraphPost =>
  (body, headers) =>
    post(body, { ...headers, [routerSignatureHeader]: signRouterRequest(routerKey, body) });
