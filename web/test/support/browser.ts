import { type Browser, chromium, type Page } from 'playwright-core';

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

/**
 * A new page whose waits give up after 5 s, well inside the test's own time limit, so a missing element fails
 * with playwright's message rather than a bare test time-out.
 * @example const page = await openPage(browser); await page.goto(url);
 */
export async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(5_000);
  return page;
}
