/**
 * The standard federation benchmark query: users with their reviews' products and those products' reviewers,
 * and the top products likewise, through all four subgraphs (`@requires` for shipping estimates, `@provides`
 * for usernames).
 */
export const federationQuery = `
  fragment User on User { id username name }
  fragment Review on Review { id body }
  fragment Product on Product { inStock name price shippingEstimate upc weight }
  query TestQuery {
    users {
      ...User
      reviews {
        ...Review
        product { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } }
      }
    }
    topProducts {
      ...Product
      reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } }
    }
  }
`;

/** A way of sending the query: what each client's request body is. */
export interface Workload {
  title: string;
  body(client: number): string;
}

const bodyNamed = (name: string) =>
  JSON.stringify({ query: federationQuery.replace('query TestQuery', `query ${name}`), operationName: name });

/**
 * The same query from every client, where a gateway may share identical subgraph fetches in flight; then each
 * client's query under its own operation name, which the gateways pass on in their subgraph operations, so that
 * no two fetches are alike and nothing can be shared.
 */
export const workloads: Workload[] = [
  { title: 'the same query from every client', body: () => bodyNamed('TestQuery') },
  { title: 'each client its own operation name (nothing to share)', body: (client) => bodyNamed(`TestQuery${client}`) },
];
