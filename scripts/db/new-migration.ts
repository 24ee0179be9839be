// npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the change to
// prisma/schema.prisma since the last migration and updates the snapshot
// prisma/migrations/schema.snapshot.prisma (see scripts/db/migrations.ts).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { openScratchServer } from "./local";
import { migrationFolderName, writeNextMigration } from "./migrations";

async function main() {
  const folder = migrationFolderName(process.argv[2] ?? "");
  if (!folder) {
    console.error("Usage: npm run db:migration -- <name>   (e.g. add_meeting_capacity)");
    process.exit(2);
  }
  const schema = await readFile("prisma/schema.prisma", "utf8");
  const scratch = await openScratchServer();
  let written: string | null;
  try {
    await scratch.server.createDatabase("diff");
    written = await writeNextMigration({
      migrationsDir: path.resolve("prisma/migrations"),
      schema,
      folder,
      diffDatabaseUrl: scratch.server.urlFor("diff"),
    });
  } finally {
    await scratch.stop();
  }
  if (!written) {
    console.log("schema.prisma has not changed since the last migration: nothing written.");
    return;
  }
  console.log(
    `Wrote ${path.relative(process.cwd(), written)}/migration.sql and updated prisma/migrations/schema.snapshot.prisma — review the SQL, then run npm run db:migrate.`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
