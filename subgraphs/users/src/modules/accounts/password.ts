import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id`, spelled out because the package exports it as a const enum that isolated modules cannot read. */
const argon2id = 2;

/** OWASP's recommended argon2id settings: 19 MiB of memory, two passes, one lane. */
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** A hash of a random password, checked when an email is unknown so that sign-in takes as long either way. */
const decoy = hash(crypto.randomUUID(), options);

/**
 * Whether `password` matches `passwordHash`; with no hash (unknown account) it still does the work of
 * one verification, so response times do not reveal which emails have accounts.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    await verify(await decoy, password);
    return false;
  }
  return verify(passwordHash, password);
}
