import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/accounts';
import { problemMessage } from '@/lib/form-messages';
import { requireAccessToken, signInHref } from '@/lib/signed-in';
import { FormProblem } from '@/ui/atoms/form-problem';
import { TextField } from '@/ui/atoms/text-field';
import { ErrorNotice } from '@/ui/components/error-notice';
import { InterestChoices } from '@/ui/components/interest-choices';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage({ searchParams }: PageProps<'/profile'>) {
  const { problem, saved } = await searchParams;
  const result = await getViewer(await requireAccessToken('/profile'));
  if (!result.ok) return <ErrorNotice title="Your profile can’t be shown right now" message={result.error.message} />;
  const { me, topics } = result.data;
  if (!me) redirect(signInHref('/profile'));
  const chosen = new Set(me.interests.map((topic) => topic.id));
  return (
    <section className="form-page">
      <h1>Your profile</h1>
      <p>
        Signed in as <strong>{me.name}</strong> ({me.email})
      </p>
      <FormProblem message={problemMessage('profile', problem)} />
      {saved === '1' && !problem ? (
        <p className="form-done" role="status">
          Your profile is saved.
        </p>
      ) : null}
      <form method="post" action="/forms/profile" className="stacked-form">
        <input type="hidden" name="returnTo" value="/profile" />
        <TextField
          label="Display name"
          name="displayName"
          defaultValue={me.displayName ?? ''}
          hint="How others see you; your name when empty."
          maxLength={100}
        />
        <InterestChoices topics={topics} chosen={chosen} />
        <button type="submit">Save profile</button>
      </form>
    </section>
  );
}
