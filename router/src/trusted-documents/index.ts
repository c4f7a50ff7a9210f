export {
  configuredTrustedDocuments,
  loadTrustedDocuments,
  noTrustedDocuments,
  type TrustedDocuments,
} from './manifest.js';
export { manifestCache } from './manifest-cache.js';
export { usePublicGetCache } from './public-get-cache.js';
export { useTrustedDocuments } from './trusted-documents-plugin.js';
