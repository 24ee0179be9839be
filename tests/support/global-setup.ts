// One real PostgreSQL server for the whole vitest run, with two template
// databases: `tpl_migrated` (all migrations) and `tpl_seeded` (plus the demo
// content). Each test file gets its own fresh copy (see setup-file.ts).
import path from "node:path";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/schema-engine";
import { createPrismaClient } from "../../lib/db/create-client";
import { seedDemoContent } from "../../prisma/seed";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "portal-test-pg-"));
  await chmod(dir, 0o755);
  const port = 30000 + Math.floor(Math.random() * 20000);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port, persistent: false });

  await server.createDatabase("tpl_migrated");
  await applyMigrations(server.urlFor("tpl_migrated"), path.resolve("prisma/migrations"));
  await server.createDatabase("tpl_seeded");
  await applyMigrations(server.urlFor("tpl_seeded"), path.resolve("prisma/migrations"));
  const prisma = createPrismaClient(server.urlFor("tpl_seeded"));
  await seedDemoContent(prisma);
  await prisma.$disconnect();

  project.provide("pgAdminUrl", server.adminUrl);
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
