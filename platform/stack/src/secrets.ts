import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A random secret kept in a file of the data directory (owner-only), made on first use. Local
 * installations get their own credentials instead of a password written in the repository.
 */
export async function localSecret(path: string): Promise<string> {
  if (!existsSync(path)) {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFile(path, randomBytes(24).toString('base64url'), { mode: 0o600 });
  }
  return (await readFile(path, 'utf8')).trim();
}
