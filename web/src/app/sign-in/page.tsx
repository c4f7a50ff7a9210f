import type { Metadata } from 'next';
import Link from 'next/link';
import { problemMessage } from '@/lib/form-messages';
import { returnPath } from '@/lib/form-route';
import { FormProblem } from '@/ui/atoms/form-problem';
import { TextField } from '@/ui/atoms/text-field';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const { problem, next } = await searchParams;
  return (
    <section className="form-page">
      <h1>Sign in</h1>
      <FormProblem message={problemMessage('sign-in', problem)} />
      <form method="post" action="/forms/sign-in" className="stacked-form">
        <input type="hidden" name="next" value={returnPath(typeof next === 'string' ? next : undefined)} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit">Sign in</button>
      </form>
      <p>
        New here? <Link href="/sign-up">Sign up</Link>
      </p>
    </section>
  );
}
