// Direct access to the database of the server under test, for setting up
// records that no journey creates (e.g. a publication scheduled in seconds).
// Writing here does not refresh any cached page: only the app's own actions
// and its publication sweep do, which is what the caching tests check.
import { readFileSync } from "node:fs";
import pg from "pg";
import { e2eDatabaseUrlFile } from "./database-url";

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: readFileSync(e2eDatabaseUrlFile, "utf8").trim() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A published meeting of the Europe region with an English text, starting `startsInDays` from now. */
export async function insertPublishedMeeting({
  title,
  slug,
  publishAt = null,
  startsInDays = 400,
}: {
  title: string;
  slug: string;
  publishAt?: Date | null;
  startsInDays?: number;
}) {
  const id = `e2e${slug.replace(/[^a-z0-9]/g, "").slice(-20)}`;
  const startsAt = new Date(Date.now() + startsInDays * 86_400_000);
  const endsAt = new Date(startsAt.getTime() + 2 * 86_400_000);
  await sql(
    `INSERT INTO "Meeting" (id, slug, kind, status, "startsAt", "endsAt", "timeZone", format, city, "countryCode", "regionId", "publishAt", "publishedAt", "updatedAt")
     SELECT $1, $2, 'WORKSHOP', 'PUBLISHED', $3, $4, 'Europe/Budapest', 'IN_PERSON', 'Budapest', 'HU', r.id, $5, now(), now() FROM "Region" r WHERE r.code = 'EUR'`,
    [id, slug, startsAt, endsAt, publishAt],
  );
  await sql(
    `INSERT INTO "MeetingTranslation" ("meetingId", locale, title, summary, body, status, "publishedAt", "updatedAt")
     VALUES ($1, 'en', $2, 'A meeting made by the caching tests.', 'Its body.', 'PUBLISHED', now(), now())`,
    [id, title],
  );
  return { id, slug };
}

/** Puts a meeting into a series (with its number) and lists an organization among its attendees, as a partner. */
export async function addToSeriesWithPartner(
  meetingId: string,
  { seriesSlug, number, organizationSlug }: { seriesSlug: string; number: number; organizationSlug: string },
) {
  await sql(
    `UPDATE "Meeting" SET "seriesId" = (SELECT id FROM "MeetingSeries" WHERE slug = $2), number = $3 WHERE id = $1`,
    [meetingId, seriesSlug, number],
  );
  await sql(
    `INSERT INTO "Attendee" (id, "meetingId", role, position, "organizationId") SELECT $1 || 'partner', $1, 'PARTNER', 0, o.id FROM "Organization" o WHERE o.slug = $2`,
    [meetingId, organizationSlug],
  );
}

/** A published news article of the Europe region with a published English text. */
export async function insertPublishedNews({ title, slug }: { title: string; slug: string }) {
  const id = `e2enews${slug.replace(/[^a-z0-9]/g, "").slice(-18)}`;
  await sql(
    `INSERT INTO "NewsArticle" (id, slug, status, "publishedAt", "regionId", "updatedAt")
     SELECT $1, $2, 'PUBLISHED', now(), r.id, now() FROM "Region" r WHERE r.code = 'EUR'`,
    [id, slug],
  );
  await sql(
    `INSERT INTO "NewsTranslation" ("articleId", locale, title, excerpt, body, status, "publishedAt", "updatedAt")
     VALUES ($1, 'en', $2, 'An article made by the caching tests.', 'Its body.', 'PUBLISHED', now(), now())`,
    [id, title],
  );
  return { id, slug };
}
