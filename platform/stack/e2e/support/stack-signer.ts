import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTokenSigner } from '@learngraph/service-kit';

/** The private key a running system signs its tokens with, from its data directory. */
export const stackPrivateKey = (dataDir: string) => readFile(join(dataDir, 'keys', 'jwt-ed25519.pem'), 'utf8');

/**
 * Signs tokens as the running system's users subgraph would, with the key in its data directory: a scenario can
 * act as an editor or a learner without signing up.
 *
 * @example
 * const signer = await stackSigner(system.dataDir);
 * const token = await signer.sign({ userId: randomUUID(), roles: ['EDITOR'] });
 */
export async function stackSigner(dataDir: string, ttlSeconds = 3600) {
  return createTokenSigner(await stackPrivateKey(dataDir), ttlSeconds);
}
