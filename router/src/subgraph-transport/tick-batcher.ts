import { answerFromValue, isQueryBody, type SubgraphAnswer, type SubgraphPost } from './subgraph-answer.js';

export interface BatchLimits {
  /** Most operations in one batched request. */
  maxOperations: number;
  /** Most bytes of operations in one batched request (the subgraphs refuse bodies over 1 MB). */
  maxBytes: number;
}

interface Member {
  body: string;
  resolve(answer: SubgraphAnswer): void;
  reject(error: unknown): void;
}

interface Batch {
  headers: Record<string, string>;
  members: Member[];
  bytes: number;
}

/**
 * Each operation's own answer out of a batched one; `undefined` unless it is one answer per operation. Each
 * element stands on its own whatever the batch's status (one operation's 400 sets the status of all), so
 * each gets a 200 with its own data and errors.
 */
function split(answer: SubgraphAnswer, count: number): SubgraphAnswer[] | undefined {
  let values: unknown;
  try {
    values = answer.json();
  } catch {
    return undefined;
  }
  if (!Array.isArray(values) || values.length !== count) return undefined;
  return values.map((value) => answerFromValue(200, answer.headers, value));
}

/**
 * Coalesces the queries sent to one subgraph in the same turn of the event loop with the same headers (the
 * fetches of one query-plan level, those of concurrent requests from the same caller) into one HTTP request
 * whose body is the JSON array of their operations, as Apollo Server's `allowBatchedHttpRequests` accepts,
 * and hands each its own element of the answer: its errors stay with it. A batch answer that is not one
 * element per operation (the whole request refused) is every operation's answer. Mutations go alone.
 *
 * @example
 * const post = batchPerTick(signedPost(pooled.post, routerKey), { maxOperations: 32, maxBytes: 512_000 });
 */
export function batchPerTick(post: SubgraphPost, limits: BatchLimits): SubgraphPost {
  let open = new Map<string, Batch>();
  let flushing = false;

  const send = ({ headers, members }: Batch) => {
    const [only] = members;
    if (members.length === 1 && only) {
      post(only.body, headers).then(only.resolve, only.reject);
      return;
    }
    post(`[${members.map((member) => member.body).join(',')}]`, headers).then(
      (answer) => {
        const answers = split(answer, members.length);
        for (const [index, member] of members.entries()) member.resolve(answers?.[index] ?? answer);
      },
      (error: unknown) => {
        for (const member of members) member.reject(error);
      },
    );
  };

  const flush = () => {
    flushing = false;
    const batches = open;
    open = new Map();
    for (const batch of batches.values()) send(batch);
  };

  return (body, headers) => {
    if (!isQueryBody(body)) return post(body, headers);
    return new Promise<SubgraphAnswer>((resolve, reject) => {
      const key = JSON.stringify(headers);
      let batch = open.get(key);
      if (batch && (batch.members.length >= limits.maxOperations || batch.bytes + body.length > limits.maxBytes)) {
        send(batch);
        batch = undefined;
      }
      if (!batch) {
        batch = { headers, members: [], bytes: 0 };
        open.set(key, batch);
      }
      batch.members.push({ body, resolve, reject });
      batch.bytes += body.length;
      if (!flushing) {
        flushing = true;
        setImmediate(flush);
      }
    });
  };
}
