/** The `@link`s of the access specs, as composition prints them: `@link(url: "…/authenticated/v0.1", for: SECURITY)`. */
const securityLink =
  /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes)\/v[\d.]+"), for: SECURITY\)/g;

/**
 * The supergraph as the gateway may load it. Apollo Gateway refuses a supergraph linking a feature `for: SECURITY`
 * that it cannot enforce itself, as it cannot `@authenticated` and `@requiresScopes`; the router enforces them (see
 * `useAuthorization`), so their links lose that purpose and the gateway loads them as plain directives.
 *
 * @example
 * gateway.update(enforcedByRouter(await readFile('supergraph.graphql', 'utf8')));
 */
export const enforcedByRouter = (supergraphSdl: string) => supergraphSdl.replace(securityLink, '$1)');
