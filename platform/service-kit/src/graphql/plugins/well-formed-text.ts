import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import { ErrorCode } from '../../errors.js';

/** Why a string cannot be stored as PostgreSQL text, or null when it can. */
function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (!value.isWellFormed()) return 'is not well-formed Unicode (a lone surrogate)';
  return null;
}

/** The first string in a JSON value that is not valid text, with its path; iterative, so depth cannot overflow. */
function firstBadString(root: unknown, rootPath: string): { path: string; problem: string } | null {
  const pending: Array<[unknown, string]> = [[root, rootPath]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { path, problem };
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) pending.push([item, `${path}.${index}`]);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const keyProblem = textProblem(key);
        if (keyProblem) return { path: `${path} (a key)`, problem: keyProblem };
        pending.push([item, `${path}.${key}`]);
      }
    }
  }
  return null;
}

function firstBadLiteral(document: DocumentNode): { path: string; problem: string } | null {
  let found: { path: string; problem: string } | null = null;
  visit(document, {
    StringValue(node) {
      const problem = textProblem(node.value);
      if (!problem) return undefined;
      found = { path: `The string at line ${node.loc?.startToken.line ?? '?'}`, problem };
      return BREAK;
    },
  });
  return found;
}

/**
 * Refuses, with a 400 and BAD_USER_INPUT naming the place, any operation whose variables or string literals
 * hold text PostgreSQL cannot store (a NUL character, a lone surrogate). Checked once for the whole
 * request, so no resolver can forget it and no such value ever reaches SQL as a cast error.
 *
 * @example
 * new ApolloServer({ schema, plugins: [useWellFormedText()] });
 */
export function useWellFormedText(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const bad = firstBadString(request.variables ?? {}, 'variables') ?? firstBadLiteral(document);
          if (!bad) return;
          throw new GraphQLError(`${bad.path} ${bad.problem}.`, {
            extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
          });
        },
      };
    },
  };
}
