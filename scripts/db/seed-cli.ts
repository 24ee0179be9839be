// npm run db:seed — loads the demo content into DATABASE_URL (or the embedded
// database). Safe to run twice: existing records are left as they are.
import path from "node:path";
import { createPrismaClient } from "../../lib/db/create-client";
import { describeStartupError, openDatabase } from "./local";
import { applyMigrations } from "./schema-engine";
import { seedDemoContent } from "../../prisma/seed";

async function main() {
  const db = await openDatabase();
  try {
    await applyMigrations(db.url, path.resolve("prisma/migrations"));
    const prisma = createPrismaClient(db.url);
    try {
      const { created } = await seedDemoContent(prisma, (line) => console.log(line));
      console.log(
        created ? `Demo content loaded: ${created} records created.` : "Demo content already present: nothing changed.",
      );
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(describeStartupError(error));
  process.exit(1);
});
