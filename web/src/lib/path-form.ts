import type { LearningPathVisibility } from '@/gql/graphql';
import { field } from './form-route';
import { visibilities } from './learning-paths';

/**
 * The visibility a path form chose; PRIVATE for anything else, the API's own default.
 * @example readVisibility(form) // 'PUBLIC'
 */
export function readVisibility(form: FormData): LearningPathVisibility {
  const value = field(form, 'visibility');
  return visibilities.find((visibility) => visibility.value === value)?.value ?? 'PRIVATE';
}

/**
 * The path version the form was rendered from, so that a change made meanwhile is a CONFLICT, not overwritten.
 * @example readVersion(form) // 7, or undefined when the form had none
 */
export function readVersion(form: FormData): number | undefined {
  const version = Number.parseInt(field(form, 'version'), 10);
  return Number.isInteger(version) ? version : undefined;
}

/**
 * The page of a path.
 * @example pathHref('7b0c') // '/paths/7b0c'
 */
export function pathHref(pathId: string): string {
  return `/paths/${encodeURIComponent(pathId)}`;
}

/**
 * The editor page of a path.
 * @example editorHref('7b0c') // '/paths/7b0c/edit'
 */
export function editorHref(pathId: string): string {
  return `${pathHref(pathId)}/edit`;
}

/**
 * The id of an item's element on the path and editor pages, for links back to it after a change.
 * @example itemAnchor('res-1') // 'item-res-1'
 */
export function itemAnchor(resourceId: string): string {
  return `item-${resourceId}`;
}
