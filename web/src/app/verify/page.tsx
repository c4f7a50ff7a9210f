import type { Metadata } from 'next';
import { problemMessage } from '@/lib/form-messages';
import { FormProblem } from '@/ui/atoms/form-problem';

export const metadata: Metadata = { title: 'Confirm your address' };

// The emailed link opens this page; confirming is a button, because mail scanners open links and must not
// use up the token by doing so.
export default async function VerifyPage({ searchParams }: PageProps<'/verify'>) {
  const { token, problem } = await searchParams;
  return (
    <section className="form-page">
      <h1>Confirm your address</h1>
      <FormProblem message={problemMessage('verify', problem)} />
      {typeof token === 'string' && token !== '' ? (
        <form method="post" action="/forms/verify" className="stacked-form">
          <input type="hidden" name="token" value={token} />
          <button type="submit">Confirm and sign in</button>
        </form>
      ) : (
        <p>Open the link from the email we sent you to confirm your address.</p>
      )}
    </section>
  );
}
