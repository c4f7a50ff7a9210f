import Link from 'next/link';

/**
 * The header on every page: a skip link for keyboard users and the site name linking home.
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
    </header>
  );
}
