// Prisma CLI configuration. The app itself connects through @prisma/adapter-pg
// (lib/db/client.ts); migrations run through scripts/db (WebAssembly engine),
// so `prisma migrate deploy` also works wherever Prisma's native engine exists.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/portal" },
});
