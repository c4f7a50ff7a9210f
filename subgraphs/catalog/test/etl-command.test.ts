import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { etlCommand } from '../src/etl/etl-command.js';
import { bundled, taxonomyDir } from './support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';

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
