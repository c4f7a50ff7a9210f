import { type ASTVisitor, Kind, type ValidationContext, validate } from 'graphql';
import type { MeasuredOperation } from './operation-limit.js';

/** The options every graphql-armor counting rule takes (max-depth, max-aliases, max-directives). */
interface ArmorRuleOptions {
  n: number;
  propagateOnRejection: boolean;
  onAccept: Array<(context: ValidationContext | null, details: { n: number }) => void>;
}

type ArmorRule = (options: ArmorRuleOptions) => (context: ValidationContext) => ASTVisitor;

/**
 * Measures one operation with a graphql-armor rule and returns the count, so that the router, not the rule,
 * decides and words the refusal. The rule runs with no ceiling and reports what it counted; it sees only the
 * operation about to run and the fragments, and analyses each fragment once.
 *
 * @example
 * const depth = armorMeasure(maxDepthRule, { schema, document, operation, variables });
 */
export function armorMeasure(rule: ArmorRule, { schema, document, operation }: MeasuredOperation): number {
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  let measured = 0;
  const record = (_context: ValidationContext | null, details: { n: number }) => {
    measured = details.n;
  };
  validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, [
    rule({ n: Number.POSITIVE_INFINITY, propagateOnRejection: false, onAccept: [record] }),
  ]);
  return measured;
}
