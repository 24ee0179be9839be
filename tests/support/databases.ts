// Fresh databases for tests, copied from the templates made in global-setup.ts.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

export type Template = "tpl_migrated" | "tpl_seeded" | null;

function urlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createTestDatabase(template: Template): Promise<{ name: string; url: string }> {
  const adminUrl = inject("pgAdminUrl");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  } finally {
    await client.end();
  }
  return { name, url: urlFor(adminUrl, name) };
}

export async function runSql(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}
