import type { Metadata } from 'next';
import Link from 'next/link';
import { problemMessage } from '@/lib/form-messages';
import { FormProblem } from '@/ui/atoms/form-problem';
import { TextField } from '@/ui/atoms/text-field';

export const metadata: Metadata = { title: 'Sign up' };

export default async function SignUpPage({ searchParams }: PageProps<'/sign-up'>) {
  const { problem } = await searchParams;
  return (
    <section className="form-page">
      <h1>Sign up</h1>
      <FormProblem message={problemMessage('sign-up', problem)} />
      <form method="post" action="/forms/sign-up" className="stacked-form">
        <TextField label="Name" name="name" autoComplete="name" required maxLength={100} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters, and not one of the most common passwords."
          required
          minLength={12}
          maxLength={256}
        />
        <button type="submit">Sign up</button>
      </form>
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </section>
  );
}
