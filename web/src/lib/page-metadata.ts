import type { Metadata } from 'next';

/**
 * A page's metadata: its title, description, canonical address (relative: the site's origin is the edge's) and
 * the same for Open Graph, with the resource's picture when it has one.
 * @example pageMetadata({ title: 'Mathematics', description: 'Resources on mathematics.', path: '/topics/42' })
 */
export function pageMetadata({
  title,
  description,
  path,
  image,
}: {
  title: string;
  description: string;
  path: string;
  image?: { url: string; alt: string | null } | null;
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title,
      description,
      url: path,
      siteName: 'Learngraph',
      type: 'website',
      ...(image ? { images: [{ url: image.url, alt: image.alt ?? undefined }] } : {}),
    },
  };
}
