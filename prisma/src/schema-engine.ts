import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';

/*
 * Prisma's migrate CLI needs a native schema engine downloaded from outside the npm registry, which is
 * not reachable from every machine we build on. The same engine ships as WebAssembly on npm; it diffs
 * schemas and applies migrations through a driver adapter, so migrations run anywhere Node runs.
 */

type Engine = import('@prisma/schema-engine-wasm').SchemaEngine;
type Bindings = typeof import('@prisma/schema-engine-wasm');
type WasmExports = Record<string, unknown>;

// Node has WebAssembly, but the ES2023 lib we compile against does not declare it.
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: WasmExports } }> };
};

let bindings: Promise<Bindings> | undefined;

/** The engine reports a Rust panic through this global before throwing; keeping the text makes the error readable. */
const panics = { last: '' };
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    panics.last = message;
  },
};

async function loadBindings(): Promise<Bindings> {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@prisma/schema-engine-wasm'));
  // The package's own entry imports the .wasm file as an ES module, which only bundlers understand.
  const glue = (await import(new URL(`file://${join(packageDir, 'schema_engine_bg.js')}`).href)) as Bindings & {
    __wbg_set_wasm(exports: WasmExports): void;
  };
  const bytes = await readFile(join(packageDir, 'schema_engine_bg.wasm'));
  const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  return glue;
}

/** Both external-table and external-enum lists stay empty: every table in a subgraph's database is its own. */
export const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Runs `work` with a schema engine connected to `databaseUrl`, and frees the engine afterwards.
 * The engine refuses to start without at least one schema file.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  datamodels: Array<[path: string, text: string]>,
  work: (engine: Engine) => Promise<T>,
): Promise<T> {
  bindings ??= loadBindings();
  const { SchemaEngine } = await bindings;
  // Our own pool, so that it can be closed: the engine's session holds the migration advisory lock
  // until its connection ends, and the next run would wait ten seconds for it.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const engine = await SchemaEngine.new({ datamodels }, () => {}, adapter);
  try {
    return await work(engine);
  } catch (error) {
    if (panics.last) throw new Error(`The schema engine failed: ${panics.last}`, { cause: error });
    throw error;
  } finally {
    engine.free();
    await pool.end();
  }
}
