import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A path inside the catalog's bundled provider data (`subgraphs/catalog/data/`). */
export const bundled = (path: string) => fileURLToPath(new URL(`../../data/${path}`, import.meta.url));

/** The bundled ocw-to-go course files (59 real OCW courses). */
export const ocwToGoCourses = bundled('ocw-to-go/courses');

/** MIT Learn's taxonomy fixtures. */
export const taxonomyDir = bundled('mit-learn/taxonomy');

/** A fresh, empty directory in the system's temp directory, its name starting with `prefix`. */
export const tempDir = (prefix: string) => mkdtemp(join(tmpdir(), prefix));

/**
 * Copies bundled files or directories (directories recursively) into a fresh temp directory named after
 * `prefix`, each under its own name, and returns the copies' paths in the order given (one path for each
 * path given, so that they can be destructured).
 */
export async function copyBundled<Paths extends string[]>(
  prefix: string,
  ...bundledPaths: Paths
): Promise<{ [Index in keyof Paths]: string }> {
  const dir = await tempDir(prefix);
  const copies = await Promise.all(
    bundledPaths.map(async (path) => {
      const copy = join(dir, basename(path));
      await cp(bundled(path), copy, { recursive: true });
      return copy;
    }),
  );
  return copies as { [Index in keyof Paths]: string };
}
