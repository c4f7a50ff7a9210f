import type { ResourceType } from '../../src/gql/graphql';

/** A learning resource as the fixture router serves it: the API schema's fields. */
export interface FixtureResource {
  id: string;
  readableId: string;
  resourceType: ResourceType;
  title: string;
  description: string | null;
  url: string | null;
}

const types: ResourceType[] = ['COURSE', 'VIDEO', 'PODCAST_EPISODE', 'PROGRAM', 'DOCUMENT'];

/** 30 resources: more than one page of 24, so the second page holds the last 6. */
export const resources: FixtureResource[] = Array.from({ length: 30 }, (_, index) => {
  const number = index + 1;
  return {
    id: `res-${number}`,
    readableId: `fixture-${number}`,
    resourceType: types[index % types.length] ?? 'COURSE',
    title: `Fixture resource ${number}`,
    description: `Description of fixture resource ${number}. ${'More words about it. '.repeat(20)}`,
    url: `https://example.org/resources/${number}`,
  };
});

/** The one resource with nothing but its required fields. */
export const bareResource: FixtureResource = {
  id: 'bare',
  readableId: 'bare',
  resourceType: 'PODCAST',
  title: 'A resource without extras',
  description: null,
  url: null,
};
