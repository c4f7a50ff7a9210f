import { products } from './data.js';

/** The benchmark's `products` subgraph: the top products with their names, prices and weights. */
export const productsSubgraph = {
  name: 'products',
  sdl: `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@listSize"])
    type Query { topProducts(first: Int = 5): [Product] @listSize(slicingArguments: ["first"]) }
    type Product @key(fields: "upc") { upc: String! name: String price: Int weight: Int }
  `,
  resolvers: {
    Query: { topProducts: (_: unknown, { first }: { first: number }) => products.slice(0, first) },
    Product: {
      __resolveReference: ({ upc }: { upc: string }) => products.find((product) => product.upc === upc) ?? null,
    },
  },
};
