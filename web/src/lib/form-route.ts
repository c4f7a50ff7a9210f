import { type NextRequest, NextResponse } from 'next/server';
import { readBoundedForm } from './bounded-form';
import { isCrossSite } from './same-origin';
import { ACCESS_COOKIE } from './session-cookies';

/** Where a form sends the browser next, and what it changes in the response (cookies) on the way. */
export interface FormOutcome {
  /** A path of this site, as relative links are: the site sits behind the edge at another origin. */
  redirect: string;
  cookies?: (response: NextResponse) => void;
}

/** What a form's handler receives: the fields, the request, and the signed-in person's access token if any. */
export interface FormSubmission {
  form: FormData;
  request: NextRequest;
  accessToken: string | undefined;
}

const crossSite =
  'This form was sent from another site, so nothing was changed. Go back and try again from Learngraph.';

/**
 * A route handler for an HTML form that changes something: refuses forms from other sites (see same-origin.ts),
 * reads the fields (at most `maxFormBytes`, see bounded-form.ts: 413, 415 or 400 with a sentence otherwise) and
 * answers `303 See Other` to the outcome's page, so that reloading that page never sends the form again. Works the
 * same with JavaScript off.
 * @example export const POST = formRoute(async ({ form }) => ({ redirect: `/paths/${field(form, 'id')}` }));
 */
export function formRoute(handle: (submission: FormSubmission) => Promise<FormOutcome>) {
  return async (request: NextRequest): Promise<Response> => {
    if (isCrossSite(request.headers)) return plainText(403, crossSite);
    const read = await readBoundedForm(request);
    if (!read.ok) return plainText(read.status, read.message);
    const outcome = await handle({ form: read.form, request, accessToken: request.cookies.get(ACCESS_COOKIE)?.value });
    const response = new NextResponse(null, { status: 303, headers: { location: outcome.redirect } });
    outcome.cookies?.(response);
    return response;
  };
}

/**
 * A text field of a form, trimmed; '' when absent (or a file).
 * @example field(form, 'email')
 */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * A field exactly as typed, spaces included (passwords); '' when absent.
 * @example secretField(form, 'password')
 */
export function secretField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * Every value of a repeated field (checkboxes), trimmed, without empty ones.
 * @example fields(form, 'interests') // ['t1', 't4']
 */
export function fields(form: FormData, name: string): string[] {
  return form
    .getAll(name)
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/**
 * A path of this site to return to, from a form field or query parameter; '/' for anything else, so that no
 * link can send someone on to another site after signing in.
 * @example returnPath('/paths/42') // '/paths/42'; returnPath('//evil.example') // '/'
 */
export function returnPath(value: string | undefined | null): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}

/**
 * A path with `problem=<code>` added to its query: the page shows the sentence for that code (form-messages.ts).
 * @example withProblem('/sign-in', 'unauthenticated') // '/sign-in?problem=unauthenticated'
 */
export function withProblem(path: string, problem: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}problem=${encodeURIComponent(problem)}`;
}

function plainText(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
