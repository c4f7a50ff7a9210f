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
