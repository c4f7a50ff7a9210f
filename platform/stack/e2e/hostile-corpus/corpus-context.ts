import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { createTokenSigner } from '@learngraph/service-kit';
import { postGraphQL } from '@learngraph/service-kit/testing';
import { stackPrivateKey, stackSigner } from '../support/stack-signer.js';
import type { CorpusContext } from './corpus/index.js';

const userId = '0190b2a0-0000-7000-8000-0000000000aa';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token signed with `privateKeyPem` but with the claims given, to forge what the users subgraph would not sign. */
function craftedToken(privateKeyPem: string, claims: { audience: string; expiresAt: number }): string {
  const header = base64url({ alg: 'EdDSA' });
  const payload = base64url({
    roles: ['LEARNER'],
    sub: userId,
    iss: 'learngraph-users',
    aud: claims.audience,
    iat: claims.expiresAt - 3600,
    exp: claims.expiresAt,
  });
  const signature = sign(null, Buffer.from(`${header}.${payload}`), createPrivateKey(privateKeyPem));
  return `${header}.${payload}.${signature.toString('base64url')}`;
}

/**
 * The live values the corpus needs from a running system: tokens minted with its own signing key (read from
 * its data directory, as only the users subgraph and the operator hold it), and a real resource id.
 */
export async function corpusContext(system: { url: string; dataDir: string }): Promise<CorpusContext> {
  const privateKey = await stackPrivateKey(system.dataDir);
  const signer = await stackSigner(system.dataDir, 600);
  const stranger = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const now = Math.floor(Date.now() / 1000);
  const page = await postGraphQL<{ learningResources: { edges: Array<{ node: { id: string } }> } }>(
    `${system.url}/graphql`,
    '{ learningResources(first: 1) { edges { node { id } } } }',
  );
  const resourceId = page.data?.learningResources.edges[0]?.node.id;
  if (!resourceId) throw new Error(`the system has no resources: ${JSON.stringify(page)}`);
  return {
    learnerToken: await signer.sign({ userId, roles: ['LEARNER'] }),
    editorToken: await signer.sign({ userId, roles: ['EDITOR'] }),
    expiredToken: craftedToken(privateKey, { audience: 'learngraph', expiresAt: now - 3600 }),
    foreignAudienceToken: craftedToken(privateKey, { audience: 'another-service', expiresAt: now + 3600 }),
    forgedToken: await (await createTokenSigner(stranger, 600)).sign({ userId, roles: ['ADMIN'] }),
    resourceId,
  };
}
