/**
 * Why the form just sent did not work, as a sentence, announced to screen readers; nothing when it did.
 * @example <FormProblem message={problemMessage('sign-in', problem)} />
 */
export function FormProblem({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="form-problem" role="alert">
      {message}
    </p>
  );
}
