import { facetNames, type SearchFilter } from '../search-engine.js';

/** Interns one facet's values as small numbers, so 100,000 documents' facets take a few megabytes. */
function dictionary() {
  const ids = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    id(value: string): number {
      let id = ids.get(value);
      if (id === undefined) {
        id = values.push(value) - 1;
        ids.set(value, id);
      }
      return id;
    },
    find: (value: string) => ids.get(value),
  };
}

/** Per facet, a flag for each value id its filter accepts; null where the filter leaves the facet open. */
export type FacetMasks = Array<Uint8Array | null>;

/**
 * Which facet's filter a document's row fails: -1 when it passes every one, the facet's position when it
 * fails exactly that one, -2 when it fails more. A row holds, facet after facet, how many values the
 * document has and then their ids.
 */
export function failedFacet(row: Int32Array, masks: FacetMasks): number {
  let failed = -1;
  let at = 0;
  for (let facet = 0; facet < masks.length; facet += 1) {
    const count = row[at] as number;
    const mask = masks[facet];
    if (mask) {
      let passes = false;
      for (let index = at + 1; index <= at + count; index += 1) {
        if (mask[row[index] as number] === 1) {
          passes = true;
          break;
        }
      }
      if (!passes) {
        if (failed !== -1) return -2;
        failed = facet;
      }
    }
    at += count + 1;
  }
  return failed;
}

/**
 * Every published document's facet values, interned per facet, a document a row of one small Int32Array
 * (see `failedFacet`), so that a walk over 100,000 of them compares numbers in flat arrays.
 *
 * @example
 * const table = facetTable(); table.put(id, [['COURSE'], ['COURSE'], …]); table.rowOf(id);
 */
export function facetTable() {
  const dictionaries = facetNames.map(() => dictionary());
  const slots = new Map<string, number>();
  const rows: Array<Int32Array | undefined> = [];
  const free: number[] = [];

  return {
    dictionaries,
    rows,
    size: () => slots.size,
    rowOf: (id: string) => {
      const slot = slots.get(id);
      return slot === undefined ? undefined : rows[slot];
    },
    /** Stores a document's values, one list per facet in `facetNames` order. */
    put(id: string, values: string[][]) {
      const row = new Int32Array(values.reduce((length, list) => length + list.length + 1, 0));
      let at = 0;
      values.forEach((list, facet) => {
        row[at] = list.length;
        for (const value of list) {
          at += 1;
          row[at] = dictionaries[facet]?.id(value) ?? -1;
        }
        at += 1;
      });
      let slot = slots.get(id);
      if (slot === undefined) {
        slot = free.pop() ?? rows.length;
        slots.set(id, slot);
      }
      rows[slot] = row;
    },
    remove(id: string) {
      const slot = slots.get(id);
      if (slot === undefined) return;
      slots.delete(id);
      rows[slot] = undefined;
      free.push(slot);
    },
    /**
     * The masks of a filter. Topic ids compare as PostgreSQL compares uuids,
     * whatever their letters' case; booleans as the text 'true' or 'false'.
     */
    masks(filter: SearchFilter): FacetMasks {
      return facetNames.map((facet, position) => {
        const wanted = filter[facet];
        if (wanted === undefined) return null;
        const values = typeof wanted === 'boolean' ? [String(wanted)] : wanted;
        const facetValues = dictionaries[position];
        const mask = new Uint8Array(facetValues?.values.length ?? 0);
        for (const value of values) {
          const id = facetValues?.find(facet === 'topics' ? value.toLowerCase() : value);
          if (id !== undefined) mask[id] = 1;
        }
        return mask;
      });
    },
  };
}
