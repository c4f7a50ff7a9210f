import type { Metadata } from 'next';
import { headers } from 'next/headers';

export const metadata: Metadata = {
  title: 'Developers',
  description: 'Use the Learngraph API from your own app: partner keys, the schema and a first query.',
};

const exampleQuery = '{ learningResources(first: 3) { edges { node { id title url } } } }';

// the public origin as the browser reached it (behind the edge: x-forwarded-*), so the example can be pasted as is
async function publicOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'learngraph.example';
  const proto =
    list.get('x-forwarded-proto') ?? (host.startsWith('127.') || host.startsWith('localhost') ? 'http' : 'https');
  return `${proto}://${host}`;
}

export default async function DevelopersPage() {
  const origin = await publicOrigin();
  const curl = [
    `curl -s ${origin}/partner/graphql \\`,
    `  -H 'content-type: application/json' \\`,
    `  -H 'x-api-key: lgk_yourprefix_yoursecret' \\`,
    `  -d '${JSON.stringify({ query: exampleQuery })}'`,
  ].join('\n');
  return (
    <article className="developers-page">
      <h1>Developers</h1>
      <p>
        Everything on this site comes from one GraphQL API. Partner apps (a university portal, a mobile app, a plug-in
        for a learning management system) use its public part at <code>{origin}/partner/graphql</code> with an API key,
        and send queries of their own.
      </p>

      <h2>Get a partner key</h2>
      <ol>
        <li>
          Ask the people who run this installation to register your app: its name, a contact email, the https origins
          its pages call the API from (for browsers), the scopes it needs (<code>catalog:read</code>,{' '}
          <code>search:read</code>, <code>paths:read</code>) and a rate tier (basic, standard or premium).
        </li>
        <li>
          They issue a key, <code>lgk_&lt;prefix&gt;_&lt;secret&gt;</code>, and send it to you once: it is never shown
          again, only its prefix. A key may have an expiry date (at most two years ahead) and can be revoked at any
          time; a revoked key stops working within 30 seconds.
        </li>
        <li>
          Send it with every request as the <code>x-api-key</code> header, without an <code>Authorization</code> header.
          Keep it on your server: anyone who has it can spend your app’s rate limit.
        </li>
      </ol>
      <p>
        A key reads what its scopes cover; fields of other parts of the API answer <code>FORBIDDEN</code> while the rest
        of the query answers. Keys cannot change anything. Every answer carries <code>RateLimit-Limit</code>,{' '}
        <code>RateLimit-Remaining</code> and <code>RateLimit-Reset</code>; beyond your tier’s requests per minute the
        API answers <code>429</code> with <code>RATE_LIMITED</code> and <code>Retry-After</code>; an unknown, expired or
        revoked key is <code>401 UNAUTHENTICATED</code>. Browsers may call it only from the origins registered for your
        app.
      </p>

      <h2>The schema</h2>
      <p>
        <a href="/developers/schema.graphql" download="learngraph-schema.graphql">
          Download the schema
        </a>{' '}
        (GraphQL SDL: the public part of the API, the version this site was built with; introspection on{' '}
        <code>/partner/graphql</code> describes the same). Point your code generator at it, for example GraphQL Code
        Generator’s <code>schema:</code> setting, to get typed operations.
      </p>

      <h2>A first query</h2>
      <p>The three newest resources of the catalog:</p>
      <pre className="code-block">
        <code>{curl}</code>
      </pre>
      <p>
        Answers are JSON: <code>data</code> with what you asked for and, when something went wrong, <code>errors</code>{' '}
        each with a stable <code>extensions.code</code> such as <code>BAD_USER_INPUT</code>.
      </p>
    </article>
  );
}
