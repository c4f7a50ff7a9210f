import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id`, spelled out because the package exports it as a const enum that isolated modules cannot read. */
const argon2id = 2;

/** argon2id cost: memory in KiB, passes, lanes (`ARGON2_MEMORY_KIB`, `ARGON2_TIME_COST`, `ARGON2_PARALLELISM`). */
export interface Argon2Parameters {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's minimum argon2id settings: 19 MiB of memory, two passes, one lane. */
export const owaspArgon2: Argon2Parameters = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * Hashes and checks passwords with argon2id at the given cost. Checking against no hash (an unknown account)
 * still does the work of one verification against a decoy, so response times do not reveal which emails have
 * accounts.
 *
 * @example
 * const passwords = createPasswordHasher(owaspArgon2);
 * const stored = await passwords.hash('correct horse battery');
 * await passwords.verify(stored, 'correct horse battery'); // true
 */
export function createPasswordHasher(parameters: Argon2Parameters) {
  const options = { algorithm: argon2id, ...parameters };
  const decoy = hash(crypto.randomUUID(), options);
  return {
    parameters,
    hash: (password: string): Promise<string> => hash(password, options),
    async verify(passwordHash: string | null, password: string): Promise<boolean> {
      if (passwordHash === null) {
        await verify(await decoy, password);
        return false;
      }
      return verify(passwordHash, password);
    },
  };
}

export type PasswordHasher = ReturnType<typeof createPasswordHasher>;
