// schema.prisma and prisma/migrations must describe the same database: a
// database built from the migrations must equal one built straight from the
// schema. Adding a field to schema.prisma without `npm run db:migration`
// makes this test fail.
import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SNAPSHOT_FILE, writeNextMigration } from "@/scripts/db/migrations";
import { applyMigrations, diffSchemas } from "@/scripts/db/schema-engine";
import { searchTables } from "@/lib/search/documents";
import { describeSchema } from "../support/catalog";
import { createTestDatabase, runSql } from "../support/databases";

describe("migrations", () => {
  it("build the same schema as prisma/schema.prisma", async () => {
    const fromMigrations = await createTestDatabase("tpl_migrated");
    const fromSchema = await createTestDatabase(null);
    const schema = await readFile("prisma/schema.prisma", "utf8");
    const sql = await diffSchemas(fromSchema.url, null, schema);
    expect(sql).toContain("CREATE TABLE");
    await runSql(fromSchema.url, sql);

    const expected = await describeSchema(fromSchema.url);
    // The full-text search columns and indexes are a generated column and GIN
    // indexes that schema.prisma cannot express: written by hand in a
    // migration, checked in the next test.
    const actual = await describeSchema(fromMigrations.url, { skipIndexPrefix: "search_", skipColumn: "searchVector" });
    expect(expected.columns.length).toBeGreaterThan(50);
    expect(actual.enums).toEqual(expected.enums);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.constraints).toEqual(expected.constraints);
  });

  it("store each translation's search document, indexed, in its own language's dictionary", async () => {
    const db = await createTestDatabase("tpl_seeded");
    const { rows } = await runSql(
      db.url,
      "select tablename, indexdef from pg_indexes where indexname like 'search\\_%' and indexdef like '%searchVector%' order by 1",
    );
    expect(rows.map((r) => r.tablename).sort()).toEqual(Object.values(searchTables).sort());
    expect(rows.every((r) => /USING gin \("searchVector"\)/.test(r.indexdef))).toBe(true);
    // Russian text is stemmed with the Russian dictionary: "совещания" is stored as "совещан".
    const vectors = await runSql(
      db.url,
      `select "searchVector"::text as v from "MeetingTranslation" where locale = 'ru' and title ilike '%совещани%' limit 1`,
    );
    expect(vectors.rows[0]?.v).toContain("'совещан'");
    // The vocabulary of names for typo tolerance is indexed by trigrams (pg_trgm).
    const trigram = await runSql(db.url, "select indexdef from pg_indexes where indexname = 'search_term_trgm_idx'");
    expect(trigram.rows[0]?.indexdef).toMatch(/USING gin \(term gin_trgm_ops\)/);
  });

  it("keep one snapshot of the schema they were written from, equal to prisma/schema.prisma", async () => {
    const folders = (await readdir("prisma/migrations", { withFileTypes: true })).filter((e) => e.isDirectory());
    expect(folders.length).toBeGreaterThan(10);
    for (const folder of folders) {
      // A migration folder holds its SQL only: no copy of the schema.
      expect(await readdir(path.join("prisma/migrations", folder.name)), folder.name).toEqual(["migration.sql"]);
    }
    const db = await createTestDatabase(null);
    const snapshot = await readFile(path.join("prisma/migrations", SNAPSHOT_FILE), "utf8");
    const schema = await readFile("prisma/schema.prisma", "utf8");
    // Nothing between the snapshot and the schema: the next migration starts from here.
    expect(await diffSchemas(db.url, snapshot, schema)).toMatch(/^(--\s*This is an empty migration\.?\s*)?$/);
  });

  it("npm run db:migration writes the next migration from the snapshot, and updates it", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "portal-migrations-"));
    try {
      await cp("prisma/migrations", dir, { recursive: true });
      const schema = (await readFile("prisma/schema.prisma", "utf8"))
        .replace(/(model Region \{\n)/, "$1  seatsForVisitors Int?\n")
        .concat("\nmodel VisitorBadge {\n  id    String @id\n  label String\n}\n");
      const scratch = await createTestDatabase(null);
      const written = await writeNextMigration({
        migrationsDir: dir,
        schema,
        folder: "20991231000000_visitor_badges",
        diffDatabaseUrl: scratch.url,
      });
      expect(written).toBe(path.join(dir, "20991231000000_visitor_badges"));
      const sql = await readFile(path.join(written!, "migration.sql"), "utf8");
      // Only the change: the new column and the new table, nothing that exists already.
      expect(sql).toMatch(/ALTER TABLE "Region" ADD COLUMN\s+"seatsForVisitors" INTEGER/);
      expect(sql).toContain('CREATE TABLE "VisitorBadge"');
      expect(sql.match(/CREATE TABLE/g)).toHaveLength(1);
      expect(await readFile(path.join(dir, SNAPSHOT_FILE), "utf8")).toBe(schema);
      expect(await readdir(written!)).toEqual(["migration.sql"]);

      // The migrations, this one included, build the changed schema.
      const migrated = await createTestDatabase(null);
      const applied = await applyMigrations(migrated.url, dir);
      expect(applied.at(-1)).toBe("20991231000000_visitor_badges");
      const fromSchema = await createTestDatabase(null);
      await runSql(fromSchema.url, await diffSchemas(fromSchema.url, null, schema));
      const actual = await describeSchema(migrated.url, { skipIndexPrefix: "search_", skipColumn: "searchVector" });
      const expected = await describeSchema(fromSchema.url);
      expect(actual.columns).toEqual(expected.columns);
      expect(actual.indexes).toEqual(expected.indexes);

      // Asked again with nothing changed, it writes nothing.
      const again = await writeNextMigration({
        migrationsDir: dir,
        schema,
        folder: "20991231000001_nothing",
        diffDatabaseUrl: scratch.url,
      });
      expect(again).toBeNull();
      expect((await readdir(dir)).filter((name) => name.startsWith("2099"))).toEqual(["20991231000000_visitor_badges"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("are recorded in Prisma's _prisma_migrations table", async () => {
    const db = await createTestDatabase("tpl_migrated");
    const { rows } = await runSql(
      db.url,
      "select migration_name, finished_at from _prisma_migrations order by migration_name",
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    expect(rows[0].migration_name).toMatch(/^\d{14}_init$/);
  });
});
