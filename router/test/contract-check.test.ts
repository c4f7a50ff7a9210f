import { buildSchema, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cachedContractCheck } from '../src/contract/cached-contract-check.js';

const contract = buildSchema('type Query { books: [Book!]! } type Book { id: ID! title: String! }');
const operationOf = (query: string) => {
  const document = parse(query);
  return { document, operation: document.definitions[0] as OperationDefinitionNode };
};

describe('cachedContractCheck', () => {
  it('gives the verdict of checkAgainstContract, remembered for the operation until it is among the least recent', () => {
    const check = cachedContractCheck(1);
    const valid = operationOf('{ books { id } }');
    const invalid = operationOf('{ books { summary } }');
    const first = check(contract, valid.document, valid.operation, 'valid');
    expect(first).toEqual({ refusal: null, introspection: false });
    expect(check(contract, valid.document, valid.operation, 'valid')).toBe(first);
    expect(check(contract, invalid.document, invalid.operation, 'invalid')).toEqual({
      refusal: { code: 'GRAPHQL_VALIDATION_FAILED', message: 'Cannot query field "summary" on type "Book".' },
    });
    const forgotten = check(contract, valid.document, valid.operation, 'valid');
    expect(forgotten).toEqual(first);
    expect(forgotten).not.toBe(first);
  });

  it('remembers nothing of one contract for another', () => {
    const check = cachedContractCheck(10);
    const asked = operationOf('{ books { title } }');
    expect(check(contract, asked.document, asked.operation, 'titles').refusal).toBeNull();
    const narrower = buildSchema('type Query { books: [Book!]! } type Book { id: ID! }');
    expect(check(narrower, asked.document, asked.operation, 'titles').refusal?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
