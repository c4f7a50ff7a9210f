'use client';

import { ErrorNotice } from '@/ui/components/error-notice';

// pages turn expected failures into result values; this catches the unexpected, without showing internals
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorNotice title="Something went wrong" message="This page could not be shown. Please try again in a moment.">
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </p>
    </ErrorNotice>
  );
}
