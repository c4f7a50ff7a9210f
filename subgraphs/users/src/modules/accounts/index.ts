export { AccountResolver } from './account.resolver.js';
export { clientAddressOf } from './client-address.js';
export type { SignInThrottle, SignInThrottleOptions } from './sign-in-throttle.js';
export { createSignInThrottle } from './sign-in-throttle.js';
export type { UserRepository, UserRow } from './user.repository.js';
export { createUserRepository } from './user.repository.js';
export { User } from './user.type.js';
