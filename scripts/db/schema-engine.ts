// Prisma's schema engine compiled to WebAssembly. The native engine is
// downloaded from Prisma's servers on first use, which fails offline; this one
// ships inside an npm package and writes/applies the same migrations, recorded
// in the standard `_prisma_migrations` table.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(path.join(process.cwd(), "package.json"));
const noFilters = { externalTables: [], externalEnums: [] };

type WasmBindings = typeof import("@prisma/schema-engine-wasm");
let bindings: Promise<WasmBindings> | undefined;

function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as WasmBindings & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

async function withEngine<T>(
  databaseUrl: string,
  datamodels: [string, string][] | undefined,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  // Track the connections the engine opens: freeing the engine does not close
  // them, and an open connection keeps a database from being copied or dropped.
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked: typeof factory = Object.assign(Object.create(Object.getPrototypeOf(factory)), factory, {
    connect: async () => {
      const connection = await factory.connect();
      opened.push(connection);
      // The adapter runs a migration script statement by statement, split on
      // every ";", which breaks a function body in dollar quotes (a trigger).
      // PostgreSQL itself parses a whole script sent as one simple query, as
      // Prisma's native engine does: send it so.
      const pool = connection.underlyingDriver() as { query(sql: string): Promise<unknown> };
      connection.executeScript = async (script: string) => {
        try {
          await pool.query(script);
        } catch (error) {
          (connection as unknown as { onError(error: unknown): never }).onError(error);
        }
      };
      return connection;
    },
  });
  const engine = await SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(tracked));
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((connection) => connection.dispose().catch(() => {})));
  }
}

const schemaFileName = "schema.prisma";

/** The SQL that turns a database built from `from` (or an empty one) into `to`. */
export async function diffSchemas(databaseUrl: string, from: string | null, to: string): Promise<string> {
  return withEngine(databaseUrl, [[schemaFileName, to]], async (engine) => {
    const result = await engine.diff({
      from:
        from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: schemaFileName, content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: schemaFileName, content: to }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  });
}

export async function readMigrationList(migrationsDir: string): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => {
      const content = await readFile(path.join(migrationsDir, folder, "migration.sql"), "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      return { path: folder, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies every pending migration; returns the names it applied. */
export async function applyMigrations(databaseUrl: string, migrationsDir: string): Promise<string[]> {
  const migrationsList = await readMigrationList(migrationsDir);
  return withEngine(databaseUrl, undefined, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  });
}
