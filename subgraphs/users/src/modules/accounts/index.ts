export { AccountResolver } from './account.resolver.js';
export type { UserRepository, UserRow } from './user.repository.js';
export { createUserRepository } from './user.repository.js';
export { User } from './user.type.js';
