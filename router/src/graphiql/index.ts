export { withGraphiQL } from './graphiql-page.js';
