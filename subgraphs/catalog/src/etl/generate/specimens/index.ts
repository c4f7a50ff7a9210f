import { readMitxSpecimens } from './mitx.js';
import { readOcwSpecimens } from './ocw.js';
import { readProfessionalSpecimens } from './professional.js';
import { readSloanSpecimens } from './sloan.js';
import { plainText, type Specimen } from './specimen.js';
import { readXproSpecimens } from './xpro.js';
import { readYoutubeSpecimens } from './youtube.js';

export type { Specimen } from './specimen.js';
export { plainText } from './specimen.js';

/**
 * Every real record bundled in `dataDir` (the catalog's `data/` folder) as a specimen, in a fixed order
 * so that a seed always draws the same ones.
 *
 * @example
 * const specimens = await readSpecimens(fileURLToPath(new URL('../../data/', import.meta.url)));
 */
export async function readSpecimens(dataDir: string): Promise<Specimen[]> {
  const groups = await Promise.all([
    readOcwSpecimens(dataDir),
    readMitxSpecimens(dataDir),
    readXproSpecimens(dataDir),
    readProfessionalSpecimens(dataDir),
    readSloanSpecimens(dataDir),
    readYoutubeSpecimens(dataDir),
  ]);
  // Some providers put markup and entities in titles ("Digital Business &amp; IT").
  return groups.flat().flatMap((specimen) => {
    const title = plainText(specimen.title);
    return title ? [{ ...specimen, title }] : [];
  });
}
