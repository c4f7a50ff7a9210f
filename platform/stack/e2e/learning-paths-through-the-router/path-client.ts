import { randomUUID } from 'node:crypto';
import type { Role } from '@learngraph/service-kit';
import type { FaultSystem } from '../support/fault-system.js';
import { stackSigner } from '../support/stack-signer.js';

/** Who asks, in the authorization matrix. */
export type Actor = 'author' | 'coEditor' | 'learner' | 'anonymous' | 'admin';
export const actors: Actor[] = ['author', 'coEditor', 'learner', 'anonymous', 'admin'];
export type Visibility = 'PRIVATE' | 'UNLISTED' | 'PUBLIC';
export const visibilities: Visibility[] = ['PRIVATE', 'UNLISTED', 'PUBLIC'];

export interface MutationAnswer {
  /** `OK`, a payload error's code, or the GraphQL error's code. */
  outcome: string;
  record: { id: string; [field: string]: unknown } | null;
}

/**
 * The people of the scenarios, each with a token signed by the running system's key, and a client that sends
 * their GraphQL through the edge and boils each mutation's answer down to one outcome.
 *
 * @example
 * const people = await pathPeople(system);
 * const { outcome } = await people.mutate('learner', 'learningPathFollow(id: $id)', { id }, { id: 'ID!' });
 */
export async function pathPeople(system: FaultSystem) {
  const signer = await stackSigner(system.dataDir);
  const ids: Record<Actor, string> = {
    author: randomUUID(),
    coEditor: randomUUID(),
    learner: randomUUID(),
    anonymous: '',
    admin: randomUUID(),
  };
  const roles: Record<Actor, Role[]> = {
    author: ['LEARNER'],
    coEditor: ['LEARNER'],
    learner: ['LEARNER'],
    anonymous: [],
    admin: ['ADMIN'],
  };
  const tokens = {} as Record<Actor, string | undefined>;
  for (const actor of actors) {
    tokens[actor] = actor === 'anonymous' ? undefined : await signer.sign({ userId: ids[actor], roles: roles[actor] });
  }
  const query = <Data>(actor: Actor, text: string, variables: Record<string, unknown> = {}) =>
    system.graphql<Data>(text, variables, tokens[actor]);

  return {
    ids,
    tokens,
    query,
    /** Runs `call` (a mutation field with its arguments) with variables typed by `types`, reading `record`'s fields. */
    async mutate(
      actor: Actor,
      call: string,
      variables: Record<string, unknown>,
      types: Record<string, string>,
      record = 'id title visibility version hidden',
    ) {
      const declared = Object.entries(types)
        .map(([name, type]) => `$${name}: ${type}`)
        .join(', ');
      const field = call.slice(0, call.indexOf('('));
      const answer = await query<
        Record<string, { success: boolean; errors: Array<{ code: string }>; record: MutationAnswer['record'] }>
      >(actor, `mutation (${declared}) { ${call} { success errors { code } record { ${record} } } }`, variables);
      const response = answer.data?.[field];
      const outcome = response?.success
        ? 'OK'
        : (response?.errors[0]?.code ?? String(answer.errors?.[0]?.extensions?.code ?? `HTTP ${answer.status}`));
      return { outcome, record: response?.record ?? null } satisfies MutationAnswer;
    },
  };
}

export type PathPeople = Awaited<ReturnType<typeof pathPeople>>;

/** Creates a path as the author, with the co-editor named, and returns its id. */
export async function createSharedPath(
  people: PathPeople,
  visibility: Visibility,
  resourceIds: string[],
  title: string,
) {
  const created = await people.mutate(
    'author',
    'learningPathCreate(input: $input)',
    { input: { title, visibility, topics: ['Matrix'], items: resourceIds.map((resourceId) => ({ resourceId })) } },
    { input: 'LearningPathCreateInput!' },
  );
  if (!created.record) throw new Error(`the ${visibility} path was not created: ${created.outcome}`);
  const named = await people.mutate(
    'author',
    'learningPathUpdate(input: $input)',
    { input: { id: created.record.id, coEditorIds: [people.ids.coEditor] } },
    { input: 'LearningPathUpdateInput!' },
  );
  if (named.outcome !== 'OK') throw new Error(`the co-editor was not named: ${named.outcome}`);
  return created.record.id;
}
