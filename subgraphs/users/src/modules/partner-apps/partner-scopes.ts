/** What a partner app's keys may read, one scope per subgraph whose fields partners may query. */
export const partnerScopes = ['catalog:read', 'search:read', 'paths:read'] as const;

export type PartnerScope = (typeof partnerScopes)[number];

export const isPartnerScope = (value: string): value is PartnerScope => partnerScopes.includes(value as PartnerScope);
