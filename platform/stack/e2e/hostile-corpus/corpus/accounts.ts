import { gql, type HostileCase } from './hostile-case.js';

const category = 'API6:2023 Unrestricted access to sensitive business flows: accounts';
const signIn = (email: string, password: string) =>
  gql('mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { success errors { code } } }', {
    input: { email, password },
  });
const signUp = (email: string, password: string, name = 'Hostile Corpus') =>
  gql('mutation ($input: AccountCreateInput!) { accountCreate(input: $input) { success errors { code } } }', {
    input: { email, password, name },
  });
const victim = 'victim@example.org';

/** Ten wrong passwords for one account: each is checked until the account's limit, then refused unchecked. */
const bruteForce: HostileCase[] = Array.from({ length: 12 }, (_, attempt) => ({
  name: `wrong password number ${attempt + 1} for one account`,
  category,
  request: signIn(victim, `wrong password ${attempt}`),
  expect: { status: 200, code: attempt < 10 ? 'UNAUTHENTICATED' : 'RATE_LIMITED' },
}));

/** Attempts to create, guess or overload accounts. */
export const accounts: HostileCase[] = [
  {
    name: 'the victim signs up (the account the next requests attack)',
    category,
    request: signUp(victim, 'the victim has a long password'),
    expect: { status: 200 },
  },
  ...bruteForce,
  {
    name: 'the right password once the account is throttled',
    category,
    request: signIn(victim, 'the victim has a long password'),
    expect: { status: 200, code: 'RATE_LIMITED' },
  },
  {
    name: 'three sign-ups under three aliases in one request',
    category,
    request: gql(
      `mutation { ${[1, 2, 3]
        .map(
          (n) =>
            `s${n}: accountCreate(input: { email: "alias${n}@example.org", password: "a long enough password", name: "A" }) { success }`,
        )
        .join(' ')} }`,
    ),
    expect: { status: 400 },
  },
  {
    name: 'a sign-in and a sign-up in one mutation, each once',
    category,
    request: gql(
      'mutation { sessionCreate(input: { email: "x@example.org", password: "whatever it is" }) { success } accountCreate(input: { email: "y@example.org", password: "a long enough password", name: "Y" }) { success } }',
    ),
    expect: { status: 200 },
  },
  {
    name: 'a sign-in with a 900 KB password',
    category,
    request: signIn('someone@example.org', 'p'.repeat(900_000)),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a sign-up with a 900 KB password',
    category,
    request: signUp('big@example.org', 'p'.repeat(900_000)),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a sign-in with a 10,000-character email',
    category,
    request: signIn(`${'a'.repeat(10_000)}@example.org`, 'whatever it is'),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a sign-up with an email that is not one',
    category,
    request: signUp('not an email', 'a long enough password'),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a sign-up with a short password',
    category,
    request: signUp('short@example.org', 'short'),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a sign-up for an email that already has an account (answered like any other)',
    category,
    request: signUp(victim, 'another long password'),
    expect: { status: 200 },
  },
  {
    name: 'a sign-up with one of the 10,000 most common passwords',
    category,
    request: signUp('common@example.org', '1qaz2wsx3edc'),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a refresh token that was never issued',
    category,
    request: gql('mutation ($input: SessionRefreshInput!) { sessionRefresh(input: $input) { success } }', {
      input: { refreshToken: 'lgr_guessed' },
    }),
    expect: { status: 200, code: 'UNAUTHENTICATED' },
  },
  {
    name: 'a verification token that was never issued',
    category,
    request: gql(
      'mutation ($input: AccountVerifyInput!) { accountVerify(input: $input) { success errors { code } } }',
      {
        input: { token: 'lgv_guessed' },
      },
    ),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a sign-up whose name is 10,000 characters',
    category,
    request: signUp('longname@example.org', 'a long enough password', 'N'.repeat(10_000)),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'a sign-in for an account that does not exist',
    category,
    request: signIn('nobody@example.org', 'whatever it is'),
    expect: { status: 200, code: 'UNAUTHENTICATED' },
  },
];
