import { SearchBox } from './search-box';

/**
 * The search form in the site header: words only, sent to the search page as `?q=`.
 * @example <SiteSearch />
 */
export function SiteSearch() {
  return (
    <search className="site-search">
      <form action="/search" method="get">
        <SearchBox id="site-search" label="Search learning resources" />
        <button type="submit">Search</button>
      </form>
    </search>
  );
}
