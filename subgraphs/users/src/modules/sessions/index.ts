export type { RefreshTokens } from './refresh-tokens.js';
export { createRefreshTokens } from './refresh-tokens.js';
export { SessionResolver } from './session.resolver.js';
export { Session, SessionCreateInput, SessionResponse } from './session.type.js';
export type { SessionIssuer } from './session-issuer.js';
export { createSessionIssuer } from './session-issuer.js';
