import { type Browser, chromium, type Page } from 'playwright-core';
import { IMAGE_HOST } from './fixture-details';

/**
 * Launches the machine's Chromium (Debian's `chromium` package; playwright's own browser downloads are not
 * available here) headless, with everything that would reach the network turned off.
 * @example const browser = await launchBrowser();
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A picture for every fixture image: a 16:9 block with the file's name, so screenshots show which is which. */
function fixtureImage(url: string): string {
  const name = new URL(url).pathname.slice(1);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><rect width="640" height="360" fill="#8a9bb0"/><text x="320" y="190" font-size="40" text-anchor="middle" fill="#fff">${name}</text></svg>`;
}

/**
 * A new page whose waits give up after 5 s, well inside the test's own time limit, so a missing element fails
 * with playwright's message rather than a bare test time-out. Requests that would leave the machine never do:
 * the fixtures' image host is answered here, anything else off 127.0.0.1 is refused.
 * @example const page = await openPage(browser); await page.goto(url);
 * @example const page = await openPage(browser, { javaScriptEnabled: false });
 */
export async function openPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(5_000);
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      const url = route.request().url();
      return url.startsWith(`${IMAGE_HOST}/`)
        ? route.fulfill({ contentType: 'image/svg+xml', body: fixtureImage(url) })
        : route.abort('blockedbyclient');
    },
  );
  return page;
}
