import { reviews, users } from './data.js';

type Review = (typeof reviews)[number];

/** The benchmark's `reviews` subgraph: reviews by author and by product, each naming its author's username. */
export const reviewsSubgraph = {
  name: 'reviews',
  sdl: `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@external", "@provides", "@shareable", "@listSize"])
    type Review @key(fields: "id") { id: ID! body: String author: User @provides(fields: "username") product: Product }
    type User @key(fields: "id") {
      id: ID!
      username: String @external
      reviews: [Review] @listSize(assumedSize: 2)
    }
    type Product @key(fields: "upc") { upc: String! reviews: [Review] @listSize(assumedSize: 2) }
  `,
  resolvers: {
    Review: {
      __resolveReference: ({ id }: { id: string }) => reviews.find((review) => review.id === id) ?? null,
      author: (review: Review) => ({
        __typename: 'User',
        id: review.authorId,
        username: users.find((user) => user.id === review.authorId)?.username,
      }),
      product: (review: Review) => ({ __typename: 'Product', upc: review.upc }),
    },
    User: { reviews: ({ id }: { id: string }) => reviews.filter((review) => review.authorId === id) },
    Product: { reviews: ({ upc }: { upc: string }) => reviews.filter((review) => review.upc === upc) },
  },
};
