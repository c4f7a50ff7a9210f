import { webUrl } from '@/lib/text';

/** An image as the catalog gives it. */
export interface ImageData {
  url: string;
  alt: string | null;
}

/**
 * A resource's picture from the provider's site, at a fixed 16:9 size so the page does not shift as it loads.
 * Nothing when the address is not a web address. Without the provider's own alt text the image is marked
 * decorative: the resource's title is always next to it, and a guessed description would only repeat it.
 * @example <ResourceImage image={resource.image} width={400} />
 */
export function ResourceImage({ image, width }: { image: ImageData; width: number }) {
  const src = webUrl(image.url);
  if (!src) return null;
  return (
    // biome-ignore lint/performance/noImgElement: images come from many providers' hosts and are shown as they are; next/image would need each host configured
    <img
      className="resource-image"
      src={src}
      alt={image.alt ?? ''}
      width={width}
      height={Math.round((width * 9) / 16)}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
    />
  );
}
