// schema.prisma and prisma/migrations must describe the same database: a
// database built from the migrations must equal one built straight from the
// schema. Adding a field to schema.prisma without `npm run db:migration`
// makes this test fail.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { diffSchemas } from "@/lib/db/schema-engine";
import { searchIndexStatements } from "@/lib/search/documents";
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
    // The full-text search indexes are expression indexes that schema.prisma
    // cannot express: written by hand in a migration, checked in the next test.
    const actual = await describeSchema(fromMigrations.url, { skipIndexPrefix: "search_" });
    expect(expected.columns.length).toBeGreaterThan(50);
    expect(actual.enums).toEqual(expected.enums);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.constraints).toEqual(expected.constraints);
  });

  it("create the full-text search indexes, one per table and locale", async () => {
    const db = await createTestDatabase("tpl_migrated");
    const { rows } = await runSql(db.url, "select indexname from pg_indexes where indexname like 'search\\_%' order by 1");
    expect(rows).toHaveLength(searchIndexStatements().length);
    expect(rows.map((r) => r.indexname)).toContain("search_meeting_ru_idx");
  });

  it("are recorded in Prisma's _prisma_migrations table", async () => {
    const db = await createTestDatabase("tpl_migrated");
    const { rows } = await runSql(db.url, "select migration_name, finished_at from _prisma_migrations order by migration_name");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    expect(rows[0].migration_name).toMatch(/^\d{14}_init$/);
  });
});
