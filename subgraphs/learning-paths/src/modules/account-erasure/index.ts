export { createUserEventHandler, userDeletedType } from './user-event-handler.js';
