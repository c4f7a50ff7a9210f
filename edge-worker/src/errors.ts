import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * A refusal the edge makes on purpose: an `HTTPException` that also carries a stable SCREAMING_SNAKE code, which
 * the error handler puts in `extensions.code` for GraphQL clients. Anything else thrown is unexpected.
 *
 * @example
 * ```ts
 * throw new EdgeError(413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than 1000000 bytes.');
 * ```
 */
export class EdgeError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(status, { message });
  }
}
