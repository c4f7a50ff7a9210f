import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { nextBin, webRoot } from './web-server';

// what the build depends on; anything changed here since the last build makes it stale
const inputs = ['src', 'next.config.ts', 'package.json', 'tsconfig.json'];

/**
 * Vitest global setup: runs `next build` when there is no build yet or a source file is newer than it, so that
 * `pnpm test` alone always tests the current code and a prior `pnpm build` is not repeated.
 */
export default function buildOnce(): void {
  const built = modifiedAt(join(webRoot, '.next', 'BUILD_ID'));
  if (built !== undefined && newestInput() <= built) return;
  const build = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: webRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`next build failed with exit code ${build.status}`);
}

function newestInput(): number {
  return Math.max(...inputs.map((input) => newest(join(webRoot, input))));
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

function modifiedAt(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}
