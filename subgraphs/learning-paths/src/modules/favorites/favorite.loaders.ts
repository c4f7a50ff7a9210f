import type { Viewer } from '@learngraph/service-kit';
import DataLoader from 'dataloader';
import type { FavoriteRepository } from './favorite.repository.js';

/**
 * Per-request: whether each of many resources is in the viewer's favourites, in one query (none when anonymous).
 *
 * @example
 * await createFavoriteLoaders(favorites, ctx.viewer).isFavorite.load(resourceId);
 */
export function createFavoriteLoaders(favorites: FavoriteRepository, viewer: Viewer | null) {
  return {
    isFavorite: new DataLoader<string, boolean>(async (resourceIds) => {
      if (!viewer) return resourceIds.map(() => false);
      const favorite = await favorites.among(viewer.userId, resourceIds);
      return resourceIds.map((id) => favorite.has(id));
    }),
  };
}

export type FavoriteLoaders = ReturnType<typeof createFavoriteLoaders>;
