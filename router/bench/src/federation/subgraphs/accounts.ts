import { users } from './data.js';

/** The benchmark's `accounts` subgraph: users, listed or by id. */
export const accountsSubgraph = {
  name: 'accounts',
  sdl: `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@listSize"])
    type Query { me: User users: [User] @listSize(assumedSize: 5) user(id: ID!): User }
    type User @key(fields: "id") { id: ID! name: String username: String @shareable birthday: Int }
  `,
  resolvers: {
    Query: {
      me: () => users[0],
      users: () => users,
      user: (_: unknown, { id }: { id: string }) => users.find((user) => user.id === id) ?? null,
    },
    User: {
      __resolveReference: ({ id }: { id: string }) => users.find((user) => user.id === id) ?? null,
    },
  },
};
