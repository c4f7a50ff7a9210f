export { appendToOutbox } from './outbox.js';
export type { ResourceChange, ResourceSnapshot } from './resource-events.js';
export { resourceEvent, resourceEventType } from './resource-events.js';
