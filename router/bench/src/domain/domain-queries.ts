import { readFile } from 'node:fs/promises';

/** A query the web site sends, with the variables the benchmark gives it. */
export interface DomainQuery {
  title: string;
  body: string;
}

const operations = new URL('../../../../../../web/src/graphql/', import.meta.url);
const read = (file: string) => readFile(new URL(file, operations), 'utf8');

/**
 * The web site's busiest reads, as it sends them (its operation files with the fragment they spread): the home
 * page's catalog rows, a catalog page of 24, a resource's page, and what surrounds it (similar resources from
 * search, the paths that hold it from learning-paths, each fetched from the catalog as entities).
 *
 * @example
 * const queries = await domainQueries(resourceId);
 */
export async function domainQueries(resourceId: string): Promise<DomainQuery[]> {
  const card = await read('resource-card.graphql');
  const query = async (title: string, file: string, variables: Record<string, unknown>) => {
    const text = await read(file);
    const document = text.includes('...ResourceCard') ? `${text}\n${card}` : text;
    return { title, body: JSON.stringify({ query: document, variables }) };
  };
  return Promise.all([
    query('home page (HomeCatalog)', 'home-catalog.graphql', { first: 12 }),
    query('catalog page of 24 (LearningResources)', 'learning-resources.graphql', { first: 24, sort: 'NEWEST' }),
    query('resource page (LearningResource)', 'learning-resource.graphql', { id: resourceId }),
    query('similar and paths (ResourceNeighbours)', 'resource-neighbours.graphql', { id: resourceId }),
  ]);
}
