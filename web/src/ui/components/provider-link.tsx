import { webUrl } from '@/lib/text';

/**
 * The way to the resource itself on its provider's site, set apart as the page's main action; nothing when
 * the resource has no web address a reader can safely follow.
 * @example <ProviderLink url="https://ocw.mit.edu/courses/18-06" platform="MIT OpenCourseWare" />
 */
export function ProviderLink({ url, platform }: { url: string | null; platform: string }) {
  const href = webUrl(url);
  if (!href) return null;
  return (
    <p>
      <a className="provider-link" href={href} rel="external noopener noreferrer">
        Go to the resource on {platform}
      </a>
    </p>
  );
}
