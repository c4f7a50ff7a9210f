/**
 * The `@cacheControl` directive every subgraph may put on its types and fields, as Apollo Server's cache-control
 * plugin reads it: the plugin turns the hints into the answer's `Cache-Control` header (shortest `maxAge`,
 * `PRIVATE` wins, `max-age=0` for a root field or an object without a hint), which the router combines over its
 * subgraph fetches. The scope enum is `@inaccessible`, so it never reaches the router's API schema.
 *
 * @example
 * @Directive('@cacheControl(maxAge: 600)')
 * @ObjectType('Topic')
 * class Topic {}
 */
export const cacheControlDeclaration = `
enum CacheControlScope @inaccessible { PUBLIC PRIVATE }
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;
