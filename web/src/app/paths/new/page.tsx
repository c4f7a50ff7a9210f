import type { Metadata } from 'next';
import { problemMessage } from '@/lib/form-messages';
import { requireAccessToken } from '@/lib/signed-in';
import { FormProblem } from '@/ui/atoms/form-problem';
import { PathFields } from '@/ui/components/path-fields';

export const metadata: Metadata = { title: 'Create a learning path' };

export default async function NewPathPage({ searchParams }: PageProps<'/paths/new'>) {
  await requireAccessToken('/paths/new');
  const { problem } = await searchParams;
  return (
    <section className="form-page">
      <h1>Create a learning path</h1>
      <FormProblem message={problemMessage('path', problem)} />
      <form method="post" action="/forms/path-create" className="stacked-form">
        <input type="hidden" name="returnTo" value="/paths/new" />
        <PathFields title="" description="" visibility="PRIVATE" />
        <button type="submit">Create path</button>
      </form>
    </section>
  );
}
