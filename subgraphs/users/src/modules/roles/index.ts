export type { RoleChange } from './change-role.js';
export { changeRole } from './change-role.js';
export { grantRoleCommand } from './grant-role-command.js';
export { RoleResolver } from './role.resolver.js';
