import type { InputHTMLAttributes } from 'react';

/**
 * A labelled text input; the label is what screen readers announce and what tests find it by.
 * @example <TextField label="Email" name="email" type="email" autoComplete="email" required />
 */
export function TextField({
  label,
  hint,
  ...input
}: { label: string; hint?: string; name: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  const id = `field-${input.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
    </div>
  );
}
