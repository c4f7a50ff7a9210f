export { jwksPath, jwksRoute } from './jwks-route.js';
export { keyCipher } from './key-cipher.js';
export type { SigningKeyStore } from './key-store.js';
export { createSigningKeyStore } from './key-store.js';
export { SigningKeyResolver } from './signing-key.resolver.js';
