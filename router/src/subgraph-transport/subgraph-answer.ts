/**
 * A subgraph's HTTP answer, read in full. `json()` gives a fresh value on every call: the gateway merges what
 * it gets into the client's result, so two requests sharing one answer (deduplicated) must not share objects.
 */
export interface SubgraphAnswer {
  status: number;
  /** The answer's `content-type` and `cache-control` (how long the data may be kept), the headers the gateway reads. */
  headers: AnswerHeaders;
  text(): string;
  json(): unknown;
}

export interface AnswerHeaders {
  'content-type'?: string;
  'cache-control'?: string;
}

/** The answer as its body came over the wire; parsed on each `json()`. */
export const answerFromText = (status: number, headers: AnswerHeaders, text: string): SubgraphAnswer => ({
  status,
  headers,
  text: () => text,
  json: () => JSON.parse(text),
});

/** One operation's part of a batched answer, already parsed: handed over once, copied after. */
export function answerFromValue(status: number, headers: AnswerHeaders, value: unknown): SubgraphAnswer {
  let handedOver = false;
  return {
    status,
    headers,
    text: () => JSON.stringify(value),
    json() {
      if (handedOver) return structuredClone(value);
      handedOver = true;
      return value;
    },
  };
}

/** Sends one body with its headers to a subgraph and reads the whole answer. */
export type SubgraphPost = (body: string, headers: Record<string, string>) => Promise<SubgraphAnswer>;

/** Whether a body (as the gateway writes it, `query` first) is a query, not a mutation: safe to share or batch. */
export const isQueryBody = (body: string) => /^\{"query":"(query\b|\{)/.test(body);
