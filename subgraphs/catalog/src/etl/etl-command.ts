import { loadConfig, postgresUrl } from '@learngraph/service-kit';
import { createDatabase } from '../db.js';
import { seedTaxonomy } from '../modules/taxonomy/index.js';
import { runImport } from './run-import.js';
import { importSources } from './sources/index.js';

const help = () =>
  [
    'Usage: pnpm etl <source> <file-or-directory>… [--partial]',
    '       pnpm etl taxonomy <directory>',
    '',
    'Imports provider files into the catalog (DATABASE_URL). The last line printed is a JSON summary.',
    '  --partial   the files are not the full feed: do not unpublish resources they omit',
    '',
    'Sources:',
    '  taxonomy              MIT Learn taxonomy fixtures (topics.yaml, platforms, offerors, departments, schools);',
    '                        import it first: resources refer to it',
    ...[...importSources.values()].map(
      (source) => `  ${source.name.padEnd(22)}${source.description}${source.fullFeed ? ' (full feed)' : ''}`,
    ),
  ].join('\n');

// Errors are one line for the terminal; the full usage is one command away.
const seeHelp = '`pnpm etl --help` lists the sources and options.';

/**
 * `pnpm etl`: imports provider files (or the taxonomy) into the catalog in `env.DATABASE_URL`, writing
 * failed records and then the JSON summary, last, to `print`. Resolves with the exit code; rejects only
 * when the run itself could not run (bad arguments, a malformed file, an unreachable database).
 *
 * @example
 * await etlCommand(['ocw-to-go', 'data/ocw-to-go/courses'], console.log);
 */
export async function etlCommand(
  args: string[],
  print: (line: string) => void,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const [sourceName, ...paths] = args.filter((arg) => !arg.startsWith('--'));
  if (flags.has('--help') || flags.has('-h') || !sourceName) {
    print(help());
    return sourceName || flags.has('--help') ? 0 : 2;
  }
  const unknownFlags = [...flags].filter((flag) => flag !== '--partial');
  if (unknownFlags.length > 0) throw new Error(`Unknown option ${unknownFlags.join(', ')}; ${seeHelp}`);
  const source = importSources.get(sourceName);
  if (!source && sourceName !== 'taxonomy') throw new Error(`Unknown source "${sourceName}"; ${seeHelp}`);
  if (paths.length === 0) throw new Error(`Name at least one file or directory to import; ${seeHelp}`);

  const { DATABASE_URL } = loadConfig({ DATABASE_URL: postgresUrl() }, env);
  const db = createDatabase(DATABASE_URL);
  try {
    if (!source) {
      if (paths.length !== 1) throw new Error('taxonomy takes one directory.');
      print(JSON.stringify({ source: 'taxonomy', ...(await seedTaxonomy(db, paths[0] as string)) }));
      return 0;
    }
    const { summary, failures } = await runImport(db, source, paths, { partial: flags.has('--partial') });
    for (const failure of failures) print(`failed ${failure.file} ${failure.record}: ${failure.reason}`);
    print(JSON.stringify(summary));
    return 0;
  } finally {
    await db.$disconnect();
  }
}
