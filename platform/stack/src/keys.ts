import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The token-signing key pair of this installation: made once in the data directory (readable by its
 * owner only) and reused, so that tokens survive restarts. Never committed; production passes keys in
 * the environment instead.
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
