import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The first token-signing key pair of this installation: made once in the data directory (readable by its
 * owner only) and handed to the users subgraph as `JWT_PRIVATE_KEY`, which starts signing with it when its
 * database holds no key (later keys it makes itself, on rotation). End-to-end scenarios sign test tokens with
 * it. Never committed.
 */
export async function loadOrCreateSigningKeys(dataDir: string): Promise<{ privateKey: string; publicKey: string }> {
  const path = join(dataDir, 'keys', 'jwt-ed25519.pem');
  if (!existsSync(path)) {
    await mkdir(join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    await writeFile(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  const privateKey = await readFile(path, 'utf8');
  const publicKey = createPublicKey(createPrivateKey(privateKey)).export({ type: 'spki', format: 'pem' }).toString();
  return { privateKey, publicKey };
}
