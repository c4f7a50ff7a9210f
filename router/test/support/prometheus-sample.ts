/**
 * The value of one sample of a Prometheus text exposition, 0 when absent.
 *
 * @example
 * sample(await (await fetch(`${router.baseUrl}/metrics`)).text(), 'router_requests_total', 'endpoint="graphql",operation="Titles"');
 */
export const sample = (text: string, name: string, labels: string) => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
};
