import type { ImportSource } from '../source.js';
import { bootcamps } from './bootcamps.js';
import { mitpe } from './mitpe.js';
import { mitxonlineCourses } from './mitxonline-courses.js';
import { mitxonlinePrograms } from './mitxonline-programs.js';
import { ocwCourses } from './ocw.js';
import { ocwToGo } from './ocw-to-go.js';
import { oll } from './oll.js';
import { prolearn } from './prolearn.js';
import { sloan } from './sloan.js';
import { xproCourses } from './xpro-courses.js';
import { xproPrograms } from './xpro-programs.js';
import { youtube } from './youtube.js';

/** Every provider format the catalog can import, by the name used on the command line. */
export const importSources: ReadonlyMap<string, ImportSource> = new Map(
  [
    mitxonlineCourses,
    mitxonlinePrograms,
    xproCourses,
    xproPrograms,
    ocwCourses,
    ocwToGo,
    youtube,
    sloan,
    mitpe,
    prolearn,
    bootcamps,
    oll,
  ].map((source) => [source.name, source]),
);
