import { describe, expect, it } from 'vitest';
import { catalogHref, refineHref } from '../src/lib/catalog-href';
import { type CatalogQuery, defaultCatalogQuery, parseCatalogQuery } from '../src/lib/catalog-query';
import { priceSummary } from '../src/lib/format';

/** Reads a link the way the home page reads its own address. */
function parseHref(href: string): CatalogQuery {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(href, 'http://site').searchParams) {
    const previous = params[key];
    params[key] = previous === undefined ? value : [previous, value].flat();
  }
  return parseCatalogQuery(params);
}

describe('the catalog address', () => {
  it('is plain / for the whole catalog, newest first', () => {
    expect(catalogHref(defaultCatalogQuery)).toBe('/resources');
    expect(parseCatalogQuery({})).toEqual(defaultCatalogQuery);
  });

  it.each<Partial<CatalogQuery>>([
    { sort: 'TITLE' },
    { sort: 'UPCOMING_START', group: 'LEARNING_MATERIAL' },
    { free: true, certificate: true, offeror: 'mitx' },
    { sort: 'MOST_VIEWED', group: 'PROGRAM', free: true, after: 'TU9TVF9WSUVXRUQ6MjM=' },
  ])('reads back what it links to: %o', (change) => {
    const query = { ...defaultCatalogQuery, ...change };
    expect(parseHref(catalogHref(query))).toEqual(query);
  });

  it('starts again at the first page when the sort or a filter changes', () => {
    const onPageTwo = { ...defaultCatalogQuery, free: true, after: 'abc' };
    expect(refineHref(onPageTwo, { sort: 'TITLE' })).toBe('/resources?sort=title&free=true');
  });

  it('ignores values it does not know rather than failing', () => {
    expect(parseHref('/resources?sort=NEWEST&type=courses&free=1&certificate=yes&offeror=a%20b')).toEqual(
      defaultCatalogQuery,
    );
  });
});

describe('a price in a few words', () => {
  const usd = (amount: number) => ({ amount, currency: 'USD' });

  it.each([
    { free: true, prices: [], summary: 'Free' },
    { free: false, prices: [usd(950)], summary: '$950' },
    { free: false, prices: [usd(1200), usd(950.5)], summary: 'From $950.50' },
    { free: false, prices: [usd(0), usd(49)], summary: 'Free or $49' },
    { free: false, prices: [], summary: undefined },
    { free: false, prices: [{ amount: 10, currency: 'not a currency' }], summary: '10 not a currency' },
  ])('$summary for free=$free and prices $prices', ({ free, prices, summary }) => {
    expect(priceSummary(free, prices)).toBe(summary);
  });
});
