import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where Chrome or Chromium is installed by Linux packages, in the order they are tried. */
export const usualChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
];

/** Where to look for a browser; `pnpm test` fills it from its configuration. */
export interface ChromiumSearch {
  /** A browser named by the user: taken as is, and an error when it is not there. */
  chromiumPath?: string | undefined;
  /** The installed locations to try, `usualChromiumPaths` unless a test points the search elsewhere. */
  candidates: string[];
  /** Playwright's browser cache (`PLAYWRIGHT_BROWSERS_PATH`, else `~/.cache/ms-playwright`). */
  playwrightCache: string;
}

const isExecutable = (path: string) => {
  if (!(statSync(path, { throwIfNoEntry: false })?.isFile() ?? false)) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** `<name>-<revision>` folders of the cache, newest revision first. */
const revisions = (cache: string, name: string) =>
  (statSync(cache, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(cache) : [])
    .filter((entry) => new RegExp(`^${name}-\\d+$`).test(entry))
    .sort((a, b) => Number(b.slice(name.length + 1)) - Number(a.slice(name.length + 1)))
    .map((entry) => join(cache, entry));

/**
 * The executables `npx playwright install chromium` leaves in its cache: Chrome for Testing, then the
 * headless shell, each in the current layout (`chrome-linux64`) and the one before it (`chrome-linux`).
 */
const playwrightBrowsers = (cache: string) => [
  ...revisions(cache, 'chromium').flatMap((dir) => [
    join(dir, 'chrome-linux64', 'chrome'),
    join(dir, 'chrome-linux', 'chrome'),
  ]),
  ...revisions(cache, 'chromium_headless_shell').flatMap((dir) => [
    join(dir, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
    join(dir, 'chrome-linux', 'headless_shell'),
  ]),
];

/**
 * The Chrome or Chromium the browser tests launch: `chromiumPath` when given, otherwise the first
 * executable among the installed locations and then Playwright's cache. Resolves to a problem, worded
 * for the person who ran `pnpm test`, when there is none.
 *
 * @example
 * const found = findChromium({ candidates: usualChromiumPaths, playwrightCache: '/root/.cache/ms-playwright' });
 * if ('path' in found) env.CHROMIUM_PATH = found.path;
 */
export function findChromium(search: ChromiumSearch): { path: string } | { problem: string } {
  if (search.chromiumPath) {
    return isExecutable(search.chromiumPath)
      ? { path: search.chromiumPath }
      : { problem: `CHROMIUM_PATH is ${search.chromiumPath}, which is not an executable file.` };
  }
  const path = [...search.candidates, ...playwrightBrowsers(search.playwrightCache)].find(isExecutable);
  if (path) return { path };
  return {
    problem:
      `the browser tests need Chrome or Chromium, and none was found (looked in ${search.candidates.join(', ')} ` +
      `and Playwright's cache ${search.playwrightCache}): install one with \`npx playwright install chromium\` ` +
      "or your system's package (on Debian: `sudo apt-get install chromium`), or name one in CHROMIUM_PATH.",
  };
}
