import type { NextConfig } from 'next';

/**
 * Next.js settings for the web app. The site is served behind the edge worker at another origin, so nothing
 * here may produce absolute URLs; it has no images or fonts from elsewhere, so it needs no remote patterns.
 */
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
