/** The benchmark's `inventory` subgraph: whether a product is in stock, and its shipping estimate from price and weight. */
export const inventorySubgraph = {
  name: 'inventory',
  sdl: `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@external", "@requires"])
    type Product @key(fields: "upc") {
      upc: String!
      weight: Int @external
      price: Int @external
      inStock: Boolean
      shippingEstimate: Int @requires(fields: "price weight")
    }
  `,
  resolvers: {
    Product: {
      __resolveReference: (product: { upc: string; price?: number; weight?: number }) => ({
        ...product,
        inStock: Number(product.upc) % 2 === 1,
      }),
      // Free over 1,000; otherwise half a unit per unit of weight.
      shippingEstimate: ({ price = 0, weight = 0 }: { price?: number; weight?: number }) =>
        price > 1000 ? 0 : Math.round(weight / 2),
    },
  },
};
