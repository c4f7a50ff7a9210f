import Link from 'next/link';
import { AccountLinks } from '@/ui/components/account-links';
import { SiteSearch } from '../components/site-search';

/**
 * The header on every page: a skip link for keyboard users, the site name linking home, a search box and the
 * account links.
 * @example <SiteHeader />
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <Link className="site-name" href="/">
        Learngraph
      </Link>
      <SiteSearch />
      <AccountLinks />
    </header>
  );
}
