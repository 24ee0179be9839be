// Demo content for development, tests and demonstrations. Idempotent: each
// top-level record is created only when its natural key (code, slug, e-mail)
// is missing, together with its children; existing rows are never updated or
// deleted, so staff edits survive a re-seed.
import type { PrismaClient } from "../../lib/db/create-client";
import { currentConfig } from "../../lib/config-schema";
import { openStorage } from "../../lib/storage/open-storage";
import type { Storage } from "../../lib/storage/storage";
import type { SeedContext } from "./context";
import { seedDecisions } from "./seed-decisions";
import { seedMeetings } from "./seed-meetings";
import { seedNews } from "./seed-news";
import { seedCityNames, seedOrganizations, seedRegions, seedSeries, seedTopics } from "./seed-reference";
import { seedPlans } from "./seed-plans";
import { seedStructures } from "./seed-structures";
import { seedUsers } from "./seed-users";

/** `storage`: where the demo files go (default: the storage the environment configures, as the portal's). */
export async function seedDemoContent(
  prisma: PrismaClient,
  log: (line: string) => void = () => {},
  options: { storage?: Storage } = {},
): Promise<{ created: number }> {
  if (process.env.PORTAL_ENVIRONMENT === "production") {
    throw new Error(
      'Refusing to seed demo content: PORTAL_ENVIRONMENT is "production". Demo accounts and sample content must never exist in a production deployment.',
    );
  }

  let storage = options.storage;
  const counts = new Map<string, number>();
  let created = 0;
  const ctx: SeedContext = {
    prisma,
    now: new Date(),
    log,
    created(what, count = 1) {
      created += count;
      counts.set(what, (counts.get(what) ?? 0) + count);
    },
    // Opened on the first file only: a seed with nothing to write reads no storage settings.
    putFile: (key, bytes) => (storage ??= openStorage(currentConfig())).put(key, bytes),
  };

  await seedRegions(ctx);
  await seedCityNames(ctx);
  await seedTopics(ctx);
  await seedOrganizations(ctx);
  await seedSeries(ctx);
  await seedStructures(ctx);
  await seedMeetings(ctx);
  await seedNews(ctx);
  await seedUsers(ctx);
  await seedPlans(ctx);
  await seedDecisions(ctx);

  if (created === 0) log("Demo content: already present, nothing created.");
  else log(`Demo content created (${created} records): ${[...counts].map(([what, n]) => `${what} ${n}`).join(", ")}.`);
  return { created };
}
