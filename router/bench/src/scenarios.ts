/** A request the benchmark sends, and what the router must answer for the run to count. */
export interface Scenario {
  name: string;
  /**
   * The document of the `index`th request. Each is named apart, so that no request is served from the parsed
   * document or query plan of another: an attacker would not repeat themselves either.
   */
  query(index: number): string;
  /** `null` for an answer without errors, else the error code the router must refuse it with. */
  refusedWith: string | null;
}

/** `{ books { title } }`: what every other time is compared with. */
export const plain: Scenario = {
  name: 'plain query',
  query: (index) => `query Q${index} { books { title } }`,
  refusedWith: null,
};

export const typename: Scenario = {
  name: '{ __typename }',
  query: (index) => `query Q${index} { __typename }`,
  refusedWith: null,
};

/**
 * The fragment bomb users reported: `levels` fragments at the root, each spreading the next twice, 2^levels
 * copies of `books { title }` once expanded, in about 40 bytes a level.
 */
export function fragmentBomb(levels: number): Scenario {
  const fragments = Array.from(
    { length: levels },
    (_, level) => `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }`,
  );
  const rest = `${fragments.join(' ')} fragment F${levels} on Query { books { title } }`;
  return {
    name: `fragment bomb, ${levels} levels`,
    query: (index) => `query Q${index} { ...F0 } ${rest}`,
    refusedWith: 'MAX_ROOT_FIELDS_EXCEEDED',
  };
}

const pages = Array.from({ length: 5_000 }, (_, index) => `p${index}: bookPage(first: 100) { totalCount }`);

/** 5,000 aliases of a page of 100 (about 200 KB). */
export const fiveThousandAliases: Scenario = {
  name: '5,000 aliases of a page of 100',
  query: (index) => `query Q${index} { ${pages.join(' ')} }`,
  refusedWith: 'MAX_TOKENS_EXCEEDED',
};
