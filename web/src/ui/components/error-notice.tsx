import type { ReactNode } from 'react';

/**
 * A friendly explanation of why the page has nothing to show, with optional ways forward as children.
 * @example <ErrorNotice title="Catalog unavailable" message={error.message} />
 */
export function ErrorNotice({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  return (
    <section className="error-notice" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {children}
    </section>
  );
}
