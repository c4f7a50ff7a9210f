import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Seals private keys for the database with AES-256-GCM under the SHA-256 of `secret`: a copy of the database
 * alone signs nothing. Sealed text is `v1.<iv>.<tag>.<ciphertext>`, base64url.
 *
 * @example
 * const cipher = keyCipher(config.SIGNING_KEY_SECRET);
 * const stored = cipher.seal(pkcs8Pem);
 * cipher.open(stored) === pkcs8Pem;
 */
export function keyCipher(secret: string) {
  const key = createHash('sha256').update(secret).digest();
  return {
    seal(plain: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
    },
    open(stored: string): string {
      const [version, iv, tag, sealed] = stored.split('.');
      if (version !== 'v1' || !iv || !tag || !sealed) throw new Error('not a sealed signing key');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

export type KeyCipher = ReturnType<typeof keyCipher>;
