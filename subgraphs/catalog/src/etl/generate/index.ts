export type { CatalogOptions } from './generate-catalog.js';
export { catalogResources, generateCatalog } from './generate-catalog.js';
export type { GeneratedResource } from './generate-resource.js';
export type { LoadGeneratedOptions, LoadGeneratedSummary } from './load-generated.js';
export { ensureTaxonomy, generatedSource, loadGeneratedCatalog } from './load-generated.js';
export { recordViews } from './record-views.js';
export type { Vocabulary } from './vocabulary.js';
export { bundledDataDir, loadVocabulary } from './vocabulary.js';
