import Link from 'next/link';
import { SiteSearch } from '../components/site-search';

/**
 * The header on every page: a skip link for keyboard users, the site name linking home and a search box.
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
    </header>
  );
}
