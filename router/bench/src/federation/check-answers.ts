export interface Answer {
  /** The response body as this gateway writes it: every answer under load must be this, byte for byte. */
  text: string;
  /** HTTP requests the subgraphs were sent for one query. */
  subgraphRequests: number;
}

async function post(url: string, body: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const answer = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || answer.errors || !answer.data)
    throw new Error(`${url} did not answer the query (HTTP ${response.status}): ${text.slice(0, 500)}`);
  return { text, data: JSON.stringify(answer.data) };
}

/**
 * Sends `body` to each gateway in turn and fails unless every one answers the same data as the first; returns
 * each one's answer and the subgraph requests it took (`countSubgraphRequests` reads the subgraphs' counter).
 *
 * @example
 * const answers = await checkAnswers([{ name, url }], body, () => subgraphs.ask('requests'));
 */
export async function checkAnswers(
  gateways: { name: string; url: string }[],
  body: string,
  countSubgraphRequests: () => Promise<number>,
) {
  const answers = new Map<string, Answer>();
  let reference: { name: string; data: string } | undefined;
  for (const { name, url } of gateways) {
    const before = await countSubgraphRequests();
    const { text, data } = await post(url, body);
    const subgraphRequests = (await countSubgraphRequests()) - before;
    reference ??= { name, data };
    if (data !== reference.data)
      throw new Error(`${name} answers differently from ${reference.name}:\n${data}\n${reference.data}`);
    answers.set(name, { text, subgraphRequests });
  }
  return answers;
}
