import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '@learngraph/service-kit/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { waitUntil } from './poll.js';
import { repoRoot } from './start-system.js';

/**
 * Launches the machine's Chromium headless, with everything that would reach the network turned off.
 * @example const browser = await launchChromium();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/**
 * Numbered screenshots of a journey's steps, in `artifacts/screenshots/<journey>/NN-<step>.png` at the
 * repository root (what CI keeps as artifacts); the folder is emptied when the journey starts.
 * @example const shoot = await screenshots('sign-up-to-path'); await shoot(page, 'sign-up');
 */
export async function screenshots(journey: string): Promise<(page: Page, step: string) => Promise<void>> {
  const folder = join(repoRoot, 'artifacts', 'screenshots', journey);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  let count = 0;
  return async (page, step) => {
    count += 1;
    await page.screenshot({ path: join(folder, `${String(count).padStart(2, '0')}-${step}.png`), fullPage: true });
  };
}

/**
 * The link of the newest email to `to` that the stack's development mail sink wrote into `<data dir>/mail`:
 * what the person would click in their inbox. Waits for the mail to arrive (it travels the users outbox and stream).
 * @example const link = await linkFromMail(system.dataDir, 'ada@example.org');
 */
export async function linkFromMail(dataDir: string, to: string): Promise<string> {
  const mailDir = join(dataDir, 'mail');
  const mail = await waitUntil(
    `a mail to ${to} in ${mailDir}`,
    async () => {
      const names = (await readdir(mailDir)).sort().reverse();
      for (const name of names) {
        const text = await readFile(join(mailDir, name), 'utf8');
        if (text.startsWith(`To: ${to}\n`)) return text;
      }
      return undefined;
    },
    (text) => text !== undefined,
    { timeoutMs: 30_000, intervalMs: 200 },
  );
  const link = /https?:\/\/\S+/.exec(mail ?? '')?.[0];
  if (!link) throw new Error(`the mail to ${to} has no link:\n${mail}`);
  return link;
}
