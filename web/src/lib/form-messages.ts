import { type DataErrorKind, fail } from './result';

/** The forms whose problems the site explains. */
export type FormName = 'sign-up' | 'verify' | 'sign-in' | 'profile' | 'path';

// each form's problems by code: a field the API refused, or an error kind
const messages: Record<FormName, Record<string, string>> = {
  'sign-up': {
    email: 'Enter an email address such as ada@example.org.',
    password: 'Choose a password of 12 to 256 characters that is not one of the most common ones.',
    name: 'Enter the name others will see, at most 100 characters.',
  },
  verify: {
    token: 'This link is not valid or has expired. Sign up again to get a new one.',
  },
  'sign-in': {
    unauthenticated: 'The email address or password is not right.',
    forbidden: 'Confirm your email address first: follow the link we sent you when you signed up.',
    email: 'The email address or password is not right.',
    password: 'The email address or password is not right.',
    'rate-limited': 'Too many sign-in attempts. Please wait a minute and try again.',
  },
  profile: {
    displayName: 'A display name has at most 100 characters.',
    interests: 'Choose at most 50 topics.',
  },
  path: {
    title: 'Give the path a title of 1 to 200 characters.',
    description: 'A description has at most 5,000 characters.',
    note: 'A note has at most 1,000 characters.',
    resourceId: 'That resource is already in the path, or can no longer be added.',
    CONFLICT: 'Someone changed this path at the same time. Here it is as it is now: please try again.',
    'not-found': 'This path does not exist, or you may not change it.',
  },
};

const fallback = 'Something went wrong, so nothing was changed. Please try again.';

/**
 * The sentence for a problem a form reported (`?problem=<code>` on the page it returned to), or undefined when
 * there is none. Codes of no form are the data errors every page knows (unreachable, unauthenticated, …).
 * @example problemMessage('sign-in', 'unauthenticated') // 'The email address or password is not right.'
 */
export function problemMessage(form: FormName, code: string | string[] | undefined): string | undefined {
  if (typeof code !== 'string' || code === '') return undefined;
  const own = messages[form][code];
  if (own) return own;
  return isDataErrorKind(code) ? fail(code).error.message : fallback;
}

const kinds: readonly string[] = [
  'unreachable',
  'graphql',
  'rejected',
  'not-found',
  'unauthenticated',
  'forbidden',
  'rate-limited',
];

function isDataErrorKind(code: string): code is DataErrorKind {
  return kinds.includes(code);
}
