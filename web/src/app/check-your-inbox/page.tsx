import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Check your inbox' };

export default function CheckYourInboxPage() {
  return (
    <section className="form-page">
      <h1>Check your inbox</h1>
      <p>We sent a link to the address you gave. Follow it to confirm the address and finish signing up.</p>
      <p>The link works for a limited time. If nothing arrives, look in your spam folder or sign up again.</p>
    </section>
  );
}
