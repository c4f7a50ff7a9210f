export type { TaxonomyCounts } from './seed-taxonomy.js';
export { seedTaxonomy, slug } from './seed-taxonomy.js';
export { DepartmentResolver, TaxonomyListsResolver, TopicResolver } from './taxonomy.resolver.js';
export { Department, Offeror, Platform, School, Topic } from './taxonomy.type.js';
export type { TaxonomyCache } from './taxonomy-cache.js';
export { createTaxonomyCache } from './taxonomy-cache.js';
export type { TaxonomyIndex } from './taxonomy-index.js';
export { loadTaxonomyIndex } from './taxonomy-index.js';
