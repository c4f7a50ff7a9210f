export { createCatalogEventHandler } from './catalog-event-handler.js';
