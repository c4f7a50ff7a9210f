import { execFileSync } from 'node:child_process';
import type { NextConfig } from 'next';

/**
 * The commit this build is made from: `COMMIT_SHA` when CI sets it (a checkout without git history), otherwise
 * what git says HEAD is. Every commit on main is a release, so the build id is the commit.
 */
function buildCommit(): string {
  const fromEnv = process.env.COMMIT_SHA?.trim();
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('next build: set COMMIT_SHA to the commit being built (git could not tell it).');
  }
}

const commit = buildCommit();

/**
 * Next.js settings for the web app. The site is served behind the edge worker at another origin, so nothing
 * here may produce absolute URLs. Providers' images are plain `<img>` elements (see resource-image.tsx), not
 * `next/image`, so there are no remote patterns to list and nothing is fetched at build time. The build id is
 * the commit, and `/api/version` answers it.
 */
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  generateBuildId: () => commit,
  env: { LEARNGRAPH_BUILD_ID: commit },
};

export default nextConfig;
