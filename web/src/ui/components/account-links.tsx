import Link from 'next/link';
import { hasSession } from '@/lib/signed-in';

/**
 * The header's account links: sign in and sign up, or the person's own pages and a sign-out button (a form, so it
 * works without JavaScript and cannot be triggered by a link from another site).
 * @example <AccountLinks />
 */
export async function AccountLinks() {
  if (!(await hasSession())) {
    return (
      <nav className="account-links" aria-label="Account">
        <Link href="/paths">Learning paths</Link>
        <Link href="/sign-in">Sign in</Link>
        <Link href="/sign-up">Sign up</Link>
      </nav>
    );
  }
  return (
    <nav className="account-links" aria-label="Account">
      <Link href="/paths">Learning paths</Link>
      <Link href="/my/paths">My paths</Link>
      <Link href="/my/favorites">My favourites</Link>
      <Link href="/profile">Profile</Link>
      <form method="post" action="/forms/sign-out">
        <button type="submit" className="link-button">
          Sign out
        </button>
      </form>
    </nav>
  );
}
