import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';

declare module 'vitest' {
  export interface ProvidedContext {
    worker: { scriptPath: string; compatibilityDate: string; compatibilityFlags: string[] };
  }
}

const packageDir = join(import.meta.dirname, '..');

/** Bundles the worker once with wrangler, exactly as a deploy would, for every test file to load into workerd. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outdir = await mkdtemp(join(tmpdir(), 'learngraph-edge-bundle-'));
  const wrangler = join(packageDir, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
  await promisify(execFile)(process.execPath, [wrangler, 'deploy', '--dry-run', '--outdir', outdir], {
    cwd: packageDir,
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true' },
  });
  const { workerOptions } = unstable_getMiniflareWorkerOptions(join(packageDir, 'wrangler.toml'));
  project.provide('worker', {
    scriptPath: join(outdir, 'index.js'),
    compatibilityDate: workerOptions.compatibilityDate ?? '',
    compatibilityFlags: workerOptions.compatibilityFlags ?? [],
  });
  return () => rm(outdir, { recursive: true, force: true });
}
