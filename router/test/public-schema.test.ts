import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compose } from '../src/compose/compose.js';
import { booksSdl, reviewsSdl } from './support/fixture-subgraphs.js';

const composed = compose([
  { name: 'books', url: 'http://127.0.0.1:9/graphql', sdl: booksSdl },
  { name: 'reviews', url: 'http://127.0.0.1:9/graphql', sdl: reviewsSdl },
]);

describe('the public schema pnpm compose writes', () => {
  const schema = buildSchema(composed.publicSchemaSdl);

  it('holds the fields tagged public and the types they reach, and nothing else', () => {
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(['books']);
    const book = schema.getType('Book');
    expect(isObjectType(book) && Object.keys(book.getFields())).toEqual(['id', 'title', 'reviews']);
    expect(schema.getMutationType()).toBeUndefined();
    for (const hidden of ['BookConnection', 'BookEdge', 'BookSort']) expect(schema.getType(hidden)).toBeUndefined();
  });

  it('is a subset of the API schema, so that the gateway can run any operation valid against it', () => {
    const api = buildSchema(composed.apiSchemaSdl);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const full = api.getType(type.name);
      for (const field of Object.values(type.getFields())) {
        expect(isObjectType(full) && getNamedType(full.getFields()[field.name]?.type)?.name).toBe(
          getNamedType(field.type).name,
        );
      }
    }
  });
});
