import type { MatchedRequest } from './spec-server.js';

/** Qdrant's response envelope around an operation's result. */
export const envelope = (result: unknown) => ({ time: 0.001, status: 'ok', result });

/**
 * Answers for a collection rebuild against a Qdrant whose aliases are `aliases` and where a collection
 * named like the alias exists or not, shaped by each operation's 200 response schema.
 */
export const rebuildAnswers =
  (state: { aliases: Array<{ alias_name: string; collection_name: string }>; collectionExists: boolean }) =>
  ({ operationId }: MatchedRequest): unknown => {
    switch (operationId) {
      case 'get_collections_aliases':
        return envelope({ aliases: state.aliases });
      case 'collection_exists':
        return envelope({ exists: state.collectionExists });
      case 'create_collection':
      case 'delete_collection':
      case 'update_aliases':
        return envelope(true);
      case 'upsert_points':
        return envelope({ operation_id: 1, status: 'completed' });
      default:
        return undefined;
    }
  };
