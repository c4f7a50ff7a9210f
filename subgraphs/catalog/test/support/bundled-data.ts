import { fileURLToPath } from 'node:url';

/** The bundled ocw-to-go course files (59 real OCW courses). */
export const ocwToGoCourses = fileURLToPath(new URL('../../data/ocw-to-go/courses', import.meta.url));
