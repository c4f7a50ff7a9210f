export { roleChanged, signUpRepeated, userDeleted, userEventType, verificationRequested } from './user-events.js';
