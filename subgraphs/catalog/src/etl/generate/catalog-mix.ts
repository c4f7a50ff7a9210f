import type { ResourceType } from '../resource-input.js';

/** What the generator emits next: a resource on its own, or a parent with members it generates too. */
export type UnitType = 'COURSE' | 'PROGRAM' | 'VIDEO' | 'VIDEO_PLAYLIST' | 'PODCAST' | 'DOCUMENT';

/**
 * How often each unit starts, tuned so that a catalog resembles MIT Learn's: about half courses, then
 * videos, episodes and documents, with a few percent programs, playlists and podcasts. Members count
 * towards their own type (a playlist of 25 videos adds 25 videos).
 */
export const unitWeights: ReadonlyArray<readonly [UnitType, number]> = [
  ['COURSE', 60],
  ['PROGRAM', 2.5],
  ['VIDEO', 14],
  ['VIDEO_PLAYLIST', 0.8],
  ['PODCAST', 2],
  ['DOCUMENT', 9],
];

/** The member type of each parent type, and how many members a parent may have. */
export const members: Partial<Record<UnitType, { type: ResourceType; min: number; max: number }>> = {
  PROGRAM: { type: 'COURSE', min: 2, max: 8 },
  VIDEO_PLAYLIST: { type: 'VIDEO', min: 2, max: 60 },
  PODCAST: { type: 'PODCAST_EPISODE', min: 2, max: 40 },
};
