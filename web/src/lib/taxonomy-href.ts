/**
 * The page of a topic, an offeror or a department: where every mention of one links to.
 * @example taxonomyHref('topics', '6f1f0c6e-…') // '/topics/6f1f0c6e-…'
 */
export function taxonomyHref(kind: 'topics' | 'offerors' | 'departments', id: string): string {
  return `/${kind}/${encodeURIComponent(id)}`;
}

/**
 * A page of a list that lives at one path, such as a topic's resources: the path itself for the first page.
 * @example pagedHref('/topics/42', 'Y3Vyc29y') // '/topics/42?after=Y3Vyc29y'
 */
export function pagedHref(path: string, after: string | undefined): string {
  return after ? `${path}?after=${encodeURIComponent(after)}` : path;
}
