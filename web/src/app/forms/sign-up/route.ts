import { signUp } from '@/lib/accounts';
import { field, formRoute, secretField, withProblem } from '@/lib/form-route';

export const POST = formRoute(async ({ form }) => {
  const change = await signUp({
    name: field(form, 'name'),
    email: field(form, 'email'),
    password: secretField(form, 'password'),
  });
  return { redirect: change.ok ? '/check-your-inbox' : withProblem('/sign-up', change.problem) };
});
