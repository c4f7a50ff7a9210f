import type { NextConfig } from 'next';

/**
 * Next.js settings for the web app. The site is served behind the edge worker at another origin, so nothing
 * here may produce absolute URLs. Providers' images are plain `<img>` elements (see resource-image.tsx), not
 * `next/image`, so there are no remote patterns to list and nothing is fetched at build time.
 */
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
