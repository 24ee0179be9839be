// schema.prisma and prisma/migrations must describe the same database: a
// database built from the migrations must equal one built straight from the
// schema. Adding a field to schema.prisma without `npm run db:migration`
// makes this test fail.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { diffSchemas } from "@/scripts/db/schema-engine";
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
