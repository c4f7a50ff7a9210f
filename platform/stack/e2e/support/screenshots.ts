import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './start-system.js';

/**
 * Numbered full-page screenshots of a journey's steps in `artifacts/screenshots/<journey>/NN-<step>.png` at the
 * repository root, the folder CI keeps as artifacts.
 * @example const shoot = screenshots('search-journey'); await shoot(page, 'home'); // 01-home.png
 */
export function screenshots(journey: string): (page: Page, step: string) => Promise<void> {
  const folder = join(repoRoot, 'artifacts', 'screenshots', journey);
  let taken = 0;
  return async (page, step) => {
    taken += 1;
    await mkdir(folder, { recursive: true });
    await page.screenshot({ path: join(folder, `${String(taken).padStart(2, '0')}-${step}.png`), fullPage: true });
  };
}
