export type { FavoriteLoaders } from './favorite.loaders.js';
export { createFavoriteLoaders } from './favorite.loaders.js';
export type { FavoriteRepository } from './favorite.repository.js';
export { createFavoriteRepository, favoritesMax } from './favorite.repository.js';
export { FavoriteResolver, ResourceFavoriteResolver } from './favorite.resolver.js';
