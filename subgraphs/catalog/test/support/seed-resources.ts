import { emptyResource, emptyRun, type ResourceInput } from '../../src/etl/resource-input.js';
import { writeResources } from '../../src/modules/learning-resources/index.js';
import { loadTaxonomyIndex } from '../../src/modules/taxonomy/index.js';
import type { CatalogUnderTest } from './catalog-under-test.js';

/** A resource input with the given fields over an empty one, on the MITx Online platform by default. */
export const resource = (readableId: string, fields: Partial<ResourceInput> = {}): ResourceInput => ({
  ...emptyResource({ platform: 'mitxonline', readableId, resourceType: 'COURSE', title: readableId }),
  ...fields,
});

export { emptyRun };

/** Writes resources through the catalog's own writer (as an import would) and returns their ids by readable id. */
export async function seedResources(
  catalog: CatalogUnderTest,
  inputs: ResourceInput[],
): Promise<Record<string, string>> {
  const written = await catalog.db.$transaction(async (tx) =>
    writeResources(
      tx,
      await loadTaxonomyIndex(tx),
      inputs.map((input) => ({ input, source: 'test', sourceHash: null })),
    ),
  );
  return Object.fromEntries(written.map((row) => [row.readableId, row.id]));
}
