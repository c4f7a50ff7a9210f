import { describe, expect, it } from 'vitest';
import { visitorKey } from '../src/lib/visitor-key';
import { openPage } from './support/browser';
import { recordedViews } from './support/fixture-discovery';
import { useFixtureSite } from './support/fixture-site';

describe('views of resource pages', () => {
  const site = useFixtureSite();

  it('records each opening of a resource page under a key that is the same for a visitor all day', async () => {
    const page = await openPage(site.browser);
    await page.goto(`${site.web}/resources/res-3`);
    await page.reload();
    const other = await site.browser.newPage({ userAgent: 'Another browser/1.0' });
    await other.goto(`${site.web}/resources/res-3`);
    const views = recordedViews.filter((view) => view.id === 'res-3');
    expect(views).toHaveLength(3);
    for (const view of views) expect(view.visitorKey).toMatch(/^[0-9a-f]{64}$/);
    expect(views[1]?.visitorKey).toBe(views[0]?.visitorKey);
    expect(views[2]?.visitorKey).not.toBe(views[0]?.visitorKey);
  });

  it('derives keys that change with the day, the address and the browser, and name none of them', () => {
    const secret = 'a'.repeat(32);
    const monday = new Date('2030-01-07T08:00:00Z');
    const key = visitorKey(secret, monday, '203.0.113.7', 'Firefox');
    expect(visitorKey(secret, new Date('2030-01-07T23:59:59Z'), '203.0.113.7', 'Firefox')).toBe(key);
    expect(visitorKey(secret, new Date('2030-01-08T00:00:00Z'), '203.0.113.7', 'Firefox')).not.toBe(key);
    expect(visitorKey(secret, monday, '203.0.113.8', 'Firefox')).not.toBe(key);
    expect(visitorKey(secret, monday, '203.0.113.7', 'Chrome')).not.toBe(key);
    expect(visitorKey('b'.repeat(32), monday, '203.0.113.7', 'Firefox')).not.toBe(key);
  });
});
