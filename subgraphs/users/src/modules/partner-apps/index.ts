export type { PartnerAppRepository, ResolvedApiKey } from './partner-app.repository.js';
export { createPartnerAppRepository } from './partner-app.repository.js';
export { PartnerAppResolver } from './partner-app.resolver.js';
export type { PartnerScope } from './partner-scopes.js';
export { partnerScopes } from './partner-scopes.js';
export { resolveKeyPath, resolveKeyRoute } from './resolve-key-route.js';
