import { ErrorCode, type Viewer } from '@learngraph/service-kit';
import type { PartnerApp } from '../partner-keys/api-key-resolver.js';
import type { AccessRule } from './access-policy.js';

/** Who is asking, as the access rules see it: nobody, a signed-in person, or a partner app; and their scopes. */
export interface CallerAccess {
  kind: 'anonymous' | 'person' | 'partner';
  scopes: ReadonlySet<string>;
}

/**
 * The access of a request: a person's scopes are their roles as `role:<role>` (`role:editor`) plus the scopes
 * their token carries; a partner app's are its key's scopes (`catalog:read`).
 *
 * @example
 * callerAccess({ userId, roles: ['EDITOR'] }); // { kind: 'person', scopes: Set { 'role:editor' } }
 */
export function callerAccess(viewer: Viewer | null, partner?: PartnerApp): CallerAccess {
  if (partner) return { kind: 'partner', scopes: new Set(partner.scopes) };
  if (!viewer) return { kind: 'anonymous', scopes: new Set() };
  return {
    kind: 'person',
    scopes: new Set([...viewer.roles.map((role) => `role:${role.toLowerCase()}`), ...(viewer.scopes ?? [])]),
  };
}

/** Why a caller may not have an element: its `extensions.code` and a message for people. */
export interface Refusal {
  code: string;
  message: string;
}

/**
 * Whether `access` satisfies `rule`, for the element at `coordinate`: null when it does; UNAUTHENTICATED for an
 * anonymous caller (or a partner app where a person is needed), FORBIDDEN for a caller without the scopes.
 *
 * @example
 * refusalOf({ authenticated: true }, callerAccess(null), 'Query.savedSearches'); // { code: 'UNAUTHENTICATED', … }
 */
export function refusalOf(rule: AccessRule | undefined, access: CallerAccess, coordinate: string): Refusal | null {
  if (!rule) return null;
  if (access.kind === 'anonymous') return { code: ErrorCode.Unauthenticated, message: `Sign in to see ${coordinate}.` };
  if (rule.authenticated && access.kind !== 'person')
    return { code: ErrorCode.Unauthenticated, message: `${coordinate} needs a signed-in person, not an API key.` };
  const sets = rule.scopes ?? [];
  if (sets.length > 0 && !sets.some((set) => set.every((scope) => access.scopes.has(scope))))
    return {
      code: ErrorCode.Forbidden,
      message: `${coordinate} needs the scopes ${sets.map((set) => set.join(' and ')).join(', or ')}.`,
    };
  return null;
}
