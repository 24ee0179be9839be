// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the
// embedded database when DATABASE_URL is not set.
import path from "node:path";
import { describeStartupError, openDatabase } from "./local";
import { applyMigrations } from "./schema-engine";

async function main() {
  const db = await openDatabase();
  try {
    const applied = await applyMigrations(db.url, path.resolve("prisma/migrations"));
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(describeStartupError(error));
  process.exit(1);
});
