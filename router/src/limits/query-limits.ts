/**
 * The limits every operation must stay within before the gateway plans it. Each is measured in time linear in
 * the document: a fragment is analysed once, and each of its spreads reuses that result.
 *
 * @example
 * const limits: QueryLimits = { maxDepth: 12, maxAliases: 30, maxRootFields: 20, maxDirectives: 50, maxTokens: 1_000, maxSelections: 1_000, maxCost: 10_000 };
 */
export interface QueryLimits {
  /** Deepest nesting of fields (`MAX_DEPTH_EXCEEDED`); introspection's `__schema` is not counted. */
  maxDepth: number;
  /** Most aliased fields (`MAX_ALIASES_EXCEEDED`). */
  maxAliases: number;
  /** Most fields directly under the root (`MAX_ROOT_FIELDS_EXCEEDED`), each spread of a fragment counted again. */
  maxRootFields: number;
  /** Most directives (`MAX_DIRECTIVES_EXCEEDED`). */
  maxDirectives: number;
  /** Most lexical tokens (`MAX_TOKENS_EXCEEDED`), counted before the document is parsed. */
  maxTokens: number;
  /** Most field selections once fragments are expanded (`MAX_SELECTIONS_EXCEEDED`). */
  maxSelections: number;
  /** Highest estimated cost (`COST_LIMIT_EXCEEDED`); see `estimateCost`. */
  maxCost: number;
}
