import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';

/** The official specifications, next to the repository (../shared/specs from its root). */
const specsDirectory = fileURLToPath(new URL('../../../../../shared/specs/', import.meta.url));

type Json = Record<string, unknown>;

/** A spec operation a request was matched to; `respond` answers it with a body for its 200 response. */
export interface MatchedRequest {
  operationId: string;
  group: string | undefined;
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  literals: number;
  definition: Json;
}

export interface Specification {
  document: Json;
  ajv: Ajv;
}

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema: null joins the types (and the enum), or, on a schema
 * without a type (a `$ref` or `anyOf`), null becomes an alternative.
 */
function withNullTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withNullTypes);
  if (node === null || typeof node !== 'object') return node;
  const { nullable, ...rest } = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, withNullTypes(value)]),
  ) as Json;
  if (nullable !== true) return nullable === undefined ? rest : { ...rest, nullable };
  if (typeof rest.type === 'string') {
    const enumValues = Array.isArray(rest.enum) ? { enum: [...rest.enum, null] } : {};
    return { ...rest, ...enumValues, type: [rest.type, 'null'] };
  }
  return { anyOf: [rest, { type: 'null' }] };
}

/** Qdrant's OpenAPI 3.0.1 file (JSON Schema draft 7 plus `nullable`, rewritten by `withNullTypes`). */
export function qdrantSpecification(version = 'v1.19.x'): Specification {
  const file = readFileSync(`${specsDirectory}qdrant/${version}/openapi.json`, 'utf8');
  const document = withNullTypes(JSON.parse(file)) as Json;
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, validateSchema: false });
  ajv.addSchema(document, 'spec');
  return { document, ajv };
}

/**
 * The OpenSearch specification's `oneOf`s overlap (`SortOptions` takes any one-key object, so `{ views:
 * { order: 'desc' } }` matches it and `FieldWithOrder`; response aggregates likewise), and a request a
 * server accepts would fail "exactly one". They are checked as `anyOf`: the value must still be one of them.
 */
function oneOfAsAnyOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(oneOfAsAnyOf);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key === 'oneOf' ? 'anyOf' : key, oneOfAsAnyOf(value)]),
  );
}

/** OpenSearch's bundled OpenAPI 3.1 file (JSON Schema 2020-12, internal refs). */
export function openSearchSpecification(): Specification {
  const text = readFileSync(`${specsDirectory}opensearch/bundled/opensearch-openapi.yaml`, 'utf8');
  const document = oneOfAsAnyOf(parse(text, { maxAliasCount: -1 })) as Json;
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true, validateSchema: false });
  ajv.addSchema(document, 'spec');
  return { document, ajv };
}

const escapePointer = (segment: string) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));

function operationsOf(document: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths as Record<string, Json>)) {
    for (const method of ['get', 'put', 'post', 'delete', 'head', 'patch']) {
      const definition = item[method] as Json | undefined;
      if (!definition) continue;
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
      const literals = template.split('/').filter((segment) => segment !== '' && !segment.startsWith('{')).length;
      operations.push({ method, template, pattern: new RegExp(`^${source}$`), literals, definition });
    }
  }
  return operations;
}

/** Follows a `$ref` inside the document, returning the object and its JSON pointer. */
function resolve(document: Json, value: Json, pointer: string[]): { value: Json; pointer: string[] } {
  const ref = value.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return { value, pointer };
  const target = ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const found = target.reduce<unknown>((node, key) => (node as Json)[key], document) as Json;
  return resolve(document, found, target);
}

/** The validator of a schema found at `pointer` inside the document, compiled once. */
function validatorAt(spec: Specification, pointer: string[], cache: Map<string, ValidateFunction>) {
  const key = `spec#/${pointer.map(escapePointer).join('/')}`;
  let validate = cache.get(key);
  if (!validate) {
    validate = spec.ajv.compile({ $ref: key });
    cache.set(key, validate);
  }
  return validate;
}

function contentSchema(spec: Specification, holder: Json | undefined, pointer: string[]) {
  if (!holder) return null;
  const resolved = resolve(spec.document, holder, pointer);
  const content = resolved.value.content as Record<string, Json> | undefined;
  const mediaType = content && Object.keys(content)[0];
  if (!content || !mediaType || !content[mediaType]?.schema) return null;
  return { mediaType, pointer: [...resolved.pointer, 'content', mediaType, 'schema'] };
}

async function readBody(request: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** What `respond` returns to answer 404, as a server does to a HEAD check for something that does not exist. */
export const notFoundAnswer = Symbol('404 Not Found');

const errorStatus = Symbol('error status');
type ErrorAnswer = { [errorStatus]: number; body: unknown };

/**
 * What `respond` returns to refuse a request with `status` (say 400 for an index that already exists);
 * `body` is validated against the operation's response for that status (or its `4XX`/`default`).
 */
export const errorAnswer = (status: number, body: unknown): ErrorAnswer => ({ [errorStatus]: status, body });
const isErrorAnswer = (answer: unknown): answer is ErrorAnswer =>
  typeof answer === 'object' && answer !== null && errorStatus in answer;

/**
 * A server on a free port that validates every request against the specification (method and path matched
 * to an operation, body against its requestBody schema, `_bulk` ndjson line by line) and answers with the
 * body `respond` gives, itself validated against the operation's 200 response schema (or, for an
 * `errorAnswer`, its response for that status). Every failure is
 * collected in `problems`, which a test expects to be empty.
 */
export async function startSpecServer(
  spec: Specification,
  respond: (request: MatchedRequest) => unknown | typeof notFoundAnswer,
) {
  const operations = operationsOf(spec.document);
  const cache = new Map<string, ValidateFunction>();
  const problems: string[] = [];
  const seen: MatchedRequest[] = [];

  function check(label: string, pointer: string[], value: unknown) {
    const validate = validatorAt(spec, pointer, cache);
    if (!validate(value)) problems.push(`${label}: ${spec.ajv.errorsText(validate.errors, { separator: '\n  ' })}`);
  }

  const server = createServer((request, response) => {
    answerRequest(request, response).catch((error: unknown) => {
      problems.push(`${request.method} ${request.url}: ${String(error)}`);
      response.writeHead(500).end();
    });
  });

  async function answerRequest(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://spec');
    const method = (request.method ?? 'GET').toLowerCase();
    const candidates = operations
      .filter((operation) => operation.method === method && operation.pattern.test(url.pathname))
      .sort((a, b) => b.literals - a.literals);
    const operation = candidates[0];
    const text = await readBody(request);
    if (!operation) {
      problems.push(`${method.toUpperCase()} ${url.pathname}: no operation of the specification matches`);
      response.writeHead(404).end();
      return;
    }
    const label = `${method.toUpperCase()} ${operation.template}`;
    const template = operation.template.replace(/~/g, '~0');
    const requestSchema = contentSchema(spec, operation.definition.requestBody as Json | undefined, [
      'paths',
      template,
      method,
      'requestBody',
    ]);
    let body: unknown = null;
    if (text !== '') {
      if (!requestSchema) problems.push(`${label}: sent a body the operation does not take`);
      else if (requestSchema.mediaType === 'application/x-ndjson') {
        const lines = text
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line) as unknown);
        body = lines;
        for (const [index, line] of lines.entries())
          check(`${label} line ${index + 1}`, [...requestSchema.pointer, 'items'], line);
      } else {
        body = JSON.parse(text) as unknown;
        check(`${label} body`, requestSchema.pointer, body);
      }
    }
    const matched: MatchedRequest = {
      operationId: String(operation.definition.operationId),
      group: operation.definition['x-operation-group'] as string | undefined,
      method,
      path: url.pathname,
      query: url.searchParams,
      body,
    };
    seen.push(matched);
    const answer = respond(matched);
    const responses = operation.definition.responses as Record<string, Json>;
    if (answer === notFoundAnswer) {
      if (!responses['404']) problems.push(`${label}: answered 404, which the operation does not declare`);
      response.writeHead(404).end();
      return;
    }
    if (isErrorAnswer(answer)) {
      const status = String(answer[errorStatus]);
      const declared = [status, `${status[0]}XX`, 'default'].find((key) => responses[key]);
      if (!declared) problems.push(`${label}: answered ${status}, which the operation does not declare`);
      else {
        const schema = contentSchema(spec, responses[declared], ['paths', template, method, 'responses', declared]);
        if (schema) check(`${label} canned ${status} response`, schema.pointer, answer.body);
      }
      response.writeHead(Number(status), { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
      return;
    }
    const responseSchema = contentSchema(spec, responses['200'], ['paths', template, method, 'responses', '200']);
    if (answer !== undefined && responseSchema) check(`${label} canned response`, responseSchema.pointer, answer);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(method === 'head' || answer === undefined ? undefined : JSON.stringify(answer));
  }
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    problems,
    seen,
    close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  };
}
