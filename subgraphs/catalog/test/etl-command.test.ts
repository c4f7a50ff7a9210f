import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { etlCommand } from '../src/etl/etl-command.js';
import { bundled, copyBundled, taxonomyDir } from './support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `pnpm <args>` at the repository root, as a user types it, and resolves with how it ended. */
const typed = (args: string[], env: Record<string, string>) =>
  promisify(execFile)('pnpm', args, { cwd: repoRoot, env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ ...error, code: error.code }),
  );

/** The lines a command wrote itself (pnpm adds the script line and its own failure line). */
const messages = (stderr: string, command: string) =>
  stderr.split('\n').filter((line) => line.startsWith(`${command}: `) || /^\s+at /.test(line));

describe('pnpm etl', () => {
  let catalog: CatalogUnderTest;
  let env: Record<string, string>;
  beforeAll(async () => {
    catalog = await startCatalog();
    env = { DATABASE_URL: catalog.databaseUrl };
  });
  afterAll(() => catalog.close());

  const run = async (args: string[]) => {
    const lines: string[] = [];
    const code = await etlCommand(args, (line) => lines.push(line), env);
    return { code, lines };
  };

  it('lists every source in --help', async () => {
    const { code, lines } = await run(['--help']);
    expect(code).toBe(0);
    for (const source of ['taxonomy', 'mitxonline-courses', 'youtube', 'sloan', 'oll', 'ocw-to-go']) {
      expect(lines.join('\n')).toContain(`  ${source} `);
    }
  });

  it('prints failed records with their reasons, then the JSON summary as the last line, and exits 0', async () => {
    expect((await run(['taxonomy', taxonomyDir])).lines.at(-1)).toContain('"source":"taxonomy"');
    const dir = await mkdtemp(join(tmpdir(), 'etl-command-'));
    const courses = JSON.parse(await readFile(bundled('mit-learn/xpro_courses.json'), 'utf8'));
    courses[1].title = '';
    await writeFile(join(dir, 'xpro_courses.json'), JSON.stringify(courses));
    const { code, lines } = await run(['xpro-courses', join(dir, 'xpro_courses.json')]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^failed .*xpro_courses\.json .+: title: a non-empty title/);
    expect(JSON.parse(lines.at(-1) ?? '')).toEqual({
      source: 'xpro-courses',
      created: 1,
      updated: 0,
      unchanged: 0,
      unpublished: 0,
      failed: 1,
    });
  });

  it('refuses to run, writing nothing, for an unknown source, an unknown option or a malformed file', async () => {
    await expect(run(['harvardx', 'x.json'])).rejects.toThrow('Unknown source "harvardx"');
    await expect(run(['bootcamps', '--everything', 'x.json'])).rejects.toThrow('Unknown option --everything');
    const broken = join(await mkdtemp(join(tmpdir(), 'etl-command-')), 'bootcamps.json');
    await writeFile(broken, '[{"course_id": ');
    await expect(run(['bootcamps', broken])).rejects.toThrow('not valid JSON');
    expect(await catalog.db.learningResource.count({ where: { platform: 'bootcamps' } })).toBe(0);
  });

  it('names DATABASE_URL when it is missing', async () => {
    await expect(etlCommand(['bootcamps', 'x.json'], () => {}, {})).rejects.toThrow('DATABASE_URL is required');
  });
});

describe('the commands, typed at the repository root', () => {
  let catalog: CatalogUnderTest;
  let env: Record<string, string>;
  let unreachable: Record<string, string>;
  beforeAll(async () => {
    catalog = await startCatalog();
    env = { DATABASE_URL: catalog.databaseUrl };
    unreachable = { DATABASE_URL: `postgresql://postgres@127.0.0.1:${await freePort()}/learngraph_catalog` };
  });
  afterAll(() => catalog.close());

  it('pnpm etl imports a feed and exits 0 with the JSON summary last', async () => {
    const { code, stdout } = await typed(['etl', 'bootcamps', 'subgraphs/catalog/data/mit-learn/bootcamps.json'], env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toMatchObject({ source: 'bootcamps', failed: 0 });
  });

  it('pnpm etl exits 1 with one line naming a truncated file, and imports none of the feed', async () => {
    const [youtube] = await copyBundled('etl-command-', 'mit-learn/youtube');
    const [first = ''] = (await readdir(youtube)).sort();
    const text = await readFile(join(youtube, first), 'utf8');
    await writeFile(join(youtube, first), text.slice(0, text.length / 2));
    const { code, stdout, stderr } = await typed(['etl', 'youtube', youtube], env);
    expect(code).toBe(1);
    expect(messages(stderr, 'etl')).toEqual([
      expect.stringContaining(`etl: ${join(youtube, first)}: not valid JSON (`),
    ]);
    expect(stdout).not.toContain('"source"');
    expect(await catalog.db.learningResource.count({ where: { platform: 'youtube' } })).toBe(0);
  });

  it('pnpm etl exits 1 with one line for a malformed taxonomy file', async () => {
    const [taxonomy] = await copyBundled('etl-command-', 'mit-learn/taxonomy');
    await writeFile(join(taxonomy, 'topics.yaml'), 'topics:\n  - id: [unclosed\n');
    const { code, stderr } = await typed(['etl', 'taxonomy', taxonomy], env);
    expect(code).toBe(1);
    expect(messages(stderr, 'etl')).toEqual([expect.stringMatching(/^etl: .*topics\.yaml: not valid YAML \(.+\)$/)]);
  });

  it.each([
    ['etl bootcamps --everything x.json', /^etl: Unknown option --everything; `pnpm etl --help` lists/],
    ['generate-catalog --count many --seed 1', /^generate-catalog: --count must be an integer of at least 0; /],
  ])('pnpm %s exits 1 with one line saying what is wrong', async (line, message) => {
    const args = line.split(' ');
    const command = args[0] ?? '';
    const { code, stderr } = await typed(args, env);
    expect(code).toBe(1);
    expect(messages(stderr, command)).toEqual([expect.stringMatching(message)]);
  });

  it.each(['etl bootcamps subgraphs/catalog/data/mit-learn/bootcamps.json', 'generate-catalog --count 10 --seed 1'])(
    'pnpm %s exits 1 with one line when the database is unreachable',
    async (line) => {
      const args = line.split(' ');
      const command = args[0] ?? '';
      const { code, stdout, stderr } = await typed(args, unreachable);
      expect(code).toBe(1);
      expect(messages(stderr, command)).toEqual([
        expect.stringMatching(/: Can't reach database server at 127\.0\.0\.1:\d+$/),
      ]);
      expect(stdout).not.toContain('"source"');
    },
  );

  it('pnpm generate-catalog loads a catalog and exits 0 with the JSON summary last', async () => {
    const { code, stdout } = await typed(['generate-catalog', '--count', '20', '--seed', '7'], env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toMatchObject({ source: 'generated', seed: 7 });
  });
});
