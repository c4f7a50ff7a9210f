import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PartnerApp } from '../partner-keys/api-key-resolver.js';
import { createPartnerGate, type PartnerGateOptions } from './partner-gate.js';

/**
 * `/partner/graphql`: each request is admitted by its API key (see `createPartnerGate`), then served by `serve`,
 * whose context finds the admitted app through `partnerOf`.
 *
 * @example
 * const partner = createPartnerEndpoint({ apiKeys, partnerRateLimit });
 * const handle = createGraphQLHandler({ apollo, context: createPartnerContextFactory(partner.partnerOf, opts), maxBodyBytes });
 * createServiceServer({ routes: { '/partner/graphql': partner.handler(handle) }, … });
 */
export function createPartnerEndpoint(options: PartnerGateOptions) {
  const admit = createPartnerGate(options);
  const admitted = new WeakMap<IncomingMessage, PartnerApp>();
  return {
    partnerOf: (req: IncomingMessage) => admitted.get(req),
    handler:
      (serve: (req: IncomingMessage, res: ServerResponse) => Promise<void>) =>
      async (req: IncomingMessage, res: ServerResponse) => {
        const app = await admit(req, res);
        if (!app) return;
        admitted.set(req, app);
        return serve(req, res);
      },
  };
}
