// Deterministic, realistic load data for benchmarks: on top of the demo
// content, about 200 structures, 100,000 meetings over 25 years (each with
// 1–40 attendees and texts in 1–5 languages), 20,000 news articles and 50 staff
// users. Generated inside PostgreSQL (INSERT … SELECT over generate_series),
// so 2 million attendee rows take seconds, not a client round trip each. The
// same options always give the same rows (no random(): a hash of the row
// number decides every choice), relative to the day it runs.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { hashPassword } from "../../../lib/auth/password";
import {
  bodies,
  citiesByRegion,
  everywhere,
  loadLocales,
  newsTitles,
  personNames,
  summaries,
  titleTemplates,
  topics,
} from "./phrases";

export type LoadOptions = {
  meetings: number;
  news?: number;
  structures?: number;
  users?: number;
  log?: (line: string) => void;
};
export type LoadReport = {
  meetings: number;
  attendees: number;
  news: number;
  structures: number;
  users: number;
  seconds: number;
};

export const LOAD_PASSWORD = "load-password-2026";

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const array = (values: string[]) => `ARRAY[${values.map(quote).join(",")}]::text[]`;
/** A deterministic pseudo-random non-negative integer from a row number and a salt. */
const hash = (expr: string, salt: number) =>
  `((((${expr})::bigint * 2654435761 + ${salt * 40503}) % 4294967296 + 4294967296) % 4294967296)`;
const pick = (values: string[], expr: string, salt: number) =>
  `(${array(values)})[1 + ${hash(expr, salt)} % ${values.length}]`;
const kinds = ["REGIONAL_STRUCTURES_MEETING", "GLOBAL_INFORMAL_MEETING", "WORKSHOP", "TRAINING", "COMMITTEE", "OTHER"];
/** Which languages a generated record has: English always, the others by hash (1 to 5 in all). */
const hasLocale = (locale: string, expr: string) =>
  locale === "en"
    ? "true"
    : `${hash(expr, { fr: 11, es: 12, ru: 13, ar: 14 }[locale]!)} % ${{ fr: 2, es: 3, ru: 3, ar: 4 }[locale]!} = 0`;

export async function generateLoad(url: string, options: LoadOptions): Promise<LoadReport> {
  const meetings = options.meetings;
  const news = options.news ?? Math.round(meetings / 5);
  const structures = options.structures ?? 170;
  const users = options.users ?? 50;
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const step = async (label: string, sql: string) => {
    const t = performance.now();
    const result = await client.query(sql);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return result.rowCount ?? 0;
  };
  try {
    if ((await client.query(`SELECT 1 FROM "Meeting" WHERE id LIKE 'loadm%' LIMIT 1`)).rowCount) {
      throw new Error("this database already holds generated load data: use a fresh database");
    }
    await client.query("BEGIN");
    // Every generated reference is to a row generated or seeded before it: the
    // per-row foreign-key triggers would only double the time of a bulk load.
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    // The attendee tables' secondary indexes are built once at the end rather than row by row.
    const { rows: deferredIndexes } = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
        WHERE schemaname = 'public' AND tablename IN ('Attendee', 'AttendeePerson') AND indexname NOT LIKE '%_pkey'`,
    );
    for (const index of deferredIndexes) await client.query(`DROP INDEX "${index.name}"`);
    const cityRows = Object.entries(citiesByRegion).flatMap(([region, cities]) =>
      cities.map((c, i) => `(${quote(region)}, ${i}, ${quote(c.city)}, ${quote(c.country)})`),
    );
    await client.query(`CREATE TEMP TABLE load_city (region text, n int, city text, country char(2)) ON COMMIT DROP;
      INSERT INTO load_city VALUES ${cityRows.join(",")};
      CREATE TEMP TABLE load_region ON COMMIT DROP AS
        SELECT r.id, r.code, row_number() OVER (ORDER BY r."sortOrder", r.code) - 1 AS n, (SELECT count(*) FROM load_city c WHERE c.region = r.code) AS cities FROM "Region" r;`);

    // Structures: RTCs and Vice-Chair offices across the six regions.
    await step(
      "structures",
      `INSERT INTO "Structure" (id, slug, kind, status, "regionId", "countryCode", city, "establishedOn", email, website, "headName", "updatedAt")
       SELECT 'loads' || g, 'load-rtc-' || regexp_replace(lower(c.city), '[^a-z0-9]+', '', 'g') || '-' || g,
              (CASE WHEN g % 7 = 0 THEN 'VICE_CHAIR' ELSE 'RTC' END)::"StructureKind", 'ACTIVE', r.id, c.country, c.city,
              date '2000-01-01' + (${hash("g", 1)} % 9000)::int, 'rtc' || g || '@example.org', 'https://rtc' || g || '.example.org', ${pick(personNames, "g", 2)}, now()
         FROM generate_series(1, ${structures}) g
         JOIN load_region r ON r.n = g % 6
         JOIN load_city c ON c.region = r.code AND c.n = ${hash("g", 3)} % r.cities
         JOIN "Country" k ON k.code = c.country`,
    );
    const centre: Record<string, string> = {
      en: "Regional Training Centre",
      fr: "Centre régional de formation",
      es: "Centro Regional de Formación",
      ru: "Региональный учебный центр",
      ar: "المركز الإقليمي للتدريب",
    };
    for (const locale of loadLocales) {
      await client.query(
        `INSERT INTO "StructureTranslation" ("structureId", locale, name, "hostAdministration", description, status, "publishedAt", "updatedAt")
         SELECT s.id, '${locale}', ${quote(centre[locale])} || ' ' || s.city || ' ' || substr(s.id, 6), ${quote(everywhere[locale])} || ' — ' || s.city,
                replace(${quote(summaries[locale])}, '%1', ${pick(topics[locale], "substr(s.id, 6)::int", 4)}), 'PUBLISHED', now(), now()
           FROM "Structure" s WHERE s.id LIKE 'loads%' AND ${hasLocale(locale, "substr(s.id, 6)::int")}`,
      );
    }
    await client.query(`CREATE TEMP TABLE load_structure ON COMMIT DROP AS
        SELECT s.id, s."regionId", row_number() OVER (ORDER BY s.id) - 1 AS n, row_number() OVER (PARTITION BY s."regionId" ORDER BY s.id) - 1 AS rn FROM "Structure" s;
      CREATE TEMP TABLE load_region_structures ON COMMIT DROP AS SELECT "regionId", count(*) AS k FROM load_structure GROUP BY 1;
      CREATE TEMP TABLE load_rocb ON COMMIT DROP AS SELECT DISTINCT ON ("regionId") "regionId", id FROM "Structure" WHERE kind = 'ROCB' ORDER BY "regionId", id;`);

    // Organizations: member administrations and partners.
    await step(
      "organizations",
      `INSERT INTO "Organization" (id, slug, kind, "countryCode")
       SELECT 'loado' || g, 'load-administration-' || lower(k.code) || '-' || g, (CASE WHEN g % 9 = 0 THEN 'PARTNER' ELSE 'MEMBER_ADMINISTRATION' END)::"OrganizationKind", k.code
         FROM generate_series(1, 150) g JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n, count(*) OVER () AS total FROM "Country") k ON k.n = g % k.total`,
    );
    await client.query(
      `INSERT INTO "OrganizationTranslation" ("organizationId", locale, name)
       SELECT o.id, 'en', 'Customs administration ' || o."countryCode" || ' ' || substr(o.id, 6) FROM "Organization" o WHERE o.id LIKE 'loado%'`,
    );
    await client.query(`CREATE TEMP TABLE load_org ON COMMIT DROP AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM "Organization";
      CREATE TEMP TABLE load_counts ON COMMIT DROP AS SELECT (SELECT count(*) FROM load_structure) AS structures;`);

    // Meetings: evenly over 25 years, ending a year from now, so some are upcoming.
    const span = `(interval '25 years' / ${meetings})`;
    await step(
      "meetings",
      `INSERT INTO "Meeting" (id, slug, kind, status, "startsAt", "endsAt", "timeZone", format, city, "countryCode", "regionId", "hostStructureId", "organizerStructureId", "publishedAt", version, "createdAt", "updatedAt")
       SELECT 'loadm' || g, 'load-meeting-' || regexp_replace(lower(c.city), '[^a-z0-9]+', '', 'g') || '-' || g,
              (${array(kinds)})[1 + ${hash("g", 5)} % 6]::"MeetingKind",
              (CASE WHEN ${hash("g", 6)} % 50 = 0 THEN 'DRAFT' WHEN ${hash("g", 6)} % 100 = 1 THEN 'ARCHIVED' ELSE 'PUBLISHED' END)::"ContentStatus",
              s.start, s.start + ((1 + ${hash("g", 7)} % 4) * interval '1 day'), 'UTC',
              (ARRAY['IN_PERSON','VIRTUAL','HYBRID'])[1 + ${hash("g", 8)} % 3]::"MeetingFormat", c.city, c.country, r.id, host.id, rocb.id, s.start - interval '30 days', 1, s.start - interval '60 days', s.start - interval '30 days'
         FROM generate_series(1, ${meetings}) g
         CROSS JOIN LATERAL (SELECT date_trunc('day', now() + interval '1 year' - ${span} * g) + interval '8 hours' AS start) s
         JOIN load_region r ON r.n = ${hash("g", 9)} % 6
         JOIN load_city c ON c.region = r.code AND c.n = ${hash("g", 10)} % r.cities
         JOIN load_region_structures rs ON rs."regionId" = r.id
         JOIN load_structure host ON host."regionId" = r.id AND host.rn = ${hash("g", 11)} % rs.k
         LEFT JOIN load_rocb rocb ON rocb."regionId" = r.id`,
    );
    for (const locale of loadLocales) {
      const topic = pick(topics[locale], "g", 4);
      const kindIndex = `(1 + ${hash("g", 5)} % 6)`;
      await step(
        `meeting texts (${locale})`,
        `INSERT INTO "MeetingTranslation" ("meetingId", locale, title, summary, body, venue, status, "publishedAt", "updatedAt")
         SELECT m.id, '${locale}', replace(replace((${array(titleTemplates[locale])})[${kindIndex}], '%1', t.topic), '%2', m.city),
                replace(${quote(summaries[locale])}, '%1', t.topic), replace(${quote(bodies[locale])}, '%1', t.topic), '',
                (CASE WHEN m.status = 'DRAFT' OR ${hash("g", 15)} % 20 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"TranslationStatus", m."publishedAt", m."updatedAt"
           FROM generate_series(1, ${meetings}) g
           JOIN "Meeting" m ON m.id = 'loadm' || g
           CROSS JOIN LATERAL (SELECT ${topic} AS topic) t
          WHERE ${hasLocale(locale, "g")}`,
      );
    }
    // Every public meeting keeps its English text published (the fallback language).
    await client.query(
      `UPDATE "MeetingTranslation" SET status = 'PUBLISHED' FROM "Meeting" m WHERE m.id = "meetingId" AND m.id LIKE 'loadm%' AND m.status <> 'DRAFT' AND locale = 'en'`,
    );
    // What the translation trigger would do, which replica mode does not run.
    await client.query(
      `UPDATE "Meeting" m SET "hasPublishedText" = EXISTS (SELECT 1 FROM "MeetingTranslation" t WHERE t."meetingId" = m.id AND t.status = 'PUBLISHED') WHERE m.id LIKE 'loadm%'`,
    );

    // 1 to 40 attendees each: the region's ROCB organizes, a structure hosts, the others take part.
    const [{ structures: structureCount, organizations: organizationCount }] = (
      await client.query(
        `SELECT (SELECT count(*) FROM load_structure)::int AS structures, (SELECT count(*) FROM load_org)::int AS organizations`,
      )
    ).rows;
    const attendees = await step(
      "attendees",
      `WITH slot AS (
         SELECT g, p, (${hash("g", 18)} + p * 7) % ${structureCount} AS sn, (${hash("g", 19)} + p * 13) % ${organizationCount} AS "on"
           FROM generate_series(1, ${meetings}) g CROSS JOIN LATERAL generate_series(1, 1 + ${hash("g", 17)} % 40) p
       )
       INSERT INTO "Attendee" (id, "meetingId", role, position, "structureId", "organizationId")
       SELECT 'loada' || g || 'x' || p, 'loadm' || g,
              (CASE p WHEN 1 THEN 'ORGANIZER' WHEN 2 THEN 'HOST' ELSE (ARRAY['PARTICIPANT','PARTICIPANT','PARTICIPANT','OBSERVER','SPEAKER'])[1 + ${hash("g * 64 + p", 16)} % 5] END)::"AttendeeRole",
              p, CASE WHEN p % 2 = 1 THEN st.id END, CASE WHEN p % 2 = 0 THEN o.id END
         FROM slot
         LEFT JOIN load_structure st ON st.n = slot.sn
         LEFT JOIN load_org o ON o.n = slot."on"`,
    );
    // Named people on one attendee in four, with private e-mail and phone, consent on half of them.
    await step(
      "attendee people",
      `INSERT INTO "AttendeePerson" (id, "attendeeId", position, "fullName", "jobTitle", "publicConsent", email, phone)
       SELECT 'loadp' || a.id, a.id, 1, ${pick(personNames, "a.position * 31 + length(a.id)", 20)}, 'Customs officer', a.position % 2 = 0,
              'person.' || a.id || '@private.example.org', '+00 000 ' || a.position
         FROM "Attendee" a WHERE a.id LIKE 'loada%' AND ${hash("length(a.id) * 97 + a.position", 21)} % 4 = 0`,
    );

    for (const index of deferredIndexes) await client.query(index.definition);

    // News: spread over the same 25 years (none in the future), linked to a meeting, a region and topics.
    const newsSpan = `(interval '25 years' / ${Math.max(news, 1)})`;
    await step(
      "news",
      `INSERT INTO "NewsArticle" (id, slug, status, "publishedAt", "regionId", "meetingId", version, "createdAt", "updatedAt")
       SELECT 'loadn' || g, 'load-news-' || g,
              (CASE WHEN ${hash("g", 22)} % 50 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ContentStatus",
              now() - ${newsSpan} * g, r.id, CASE WHEN g % 3 = 0 THEN 'loadm' || (1 + ${hash("g", 23)} % ${meetings}) END, 1, now() - ${newsSpan} * g, now() - ${newsSpan} * g
         FROM generate_series(1, ${news}) g JOIN load_region r ON r.n = ${hash("g", 24)} % 6`,
    );
    for (const locale of loadLocales) {
      const topic = pick(topics[locale], "g", 25);
      await client.query(
        `INSERT INTO "NewsTranslation" ("articleId", locale, title, excerpt, body, status, "publishedAt", "updatedAt")
         SELECT n.id, '${locale}', replace(replace(${quote(newsTitles[locale])}, '%1', t.topic), '%2', c.city),
                replace(${quote(summaries[locale])}, '%1', t.topic), replace(${quote(bodies[locale])}, '%1', t.topic),
                (CASE WHEN n.status = 'DRAFT' THEN 'DRAFT' ELSE 'PUBLISHED' END)::"TranslationStatus", n."publishedAt", n."updatedAt"
           FROM generate_series(1, ${news}) g JOIN "NewsArticle" n ON n.id = 'loadn' || g
           JOIN "Region" r ON r.id = n."regionId" JOIN load_city c ON c.region = r.code AND c.n = 0
           CROSS JOIN LATERAL (SELECT ${topic} AS topic) t
          WHERE ${hasLocale(locale, "g + 7")}`,
      );
    }
    await client.query(`INSERT INTO "NewsTopic" ("articleId", "topicId")
       SELECT n.id, t.id FROM "NewsArticle" n JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS k, count(*) OVER () AS total FROM "Topic") t
         ON t.k = ${hash("substr(n.id, 6)::int", 26)} % t.total WHERE n.id LIKE 'loadn%'`);
    await client.query(`INSERT INTO "NewsStructure" ("articleId", "structureId")
       SELECT n.id, s.id FROM "NewsArticle" n JOIN load_structure s ON s.n = ${hash("substr(n.id, 6)::int", 27)} % (SELECT structures FROM load_counts) WHERE n.id LIKE 'loadn%'`);

    // Staff users: ROCB staff and RTC representatives with a structure, a few administrators.
    const passwordHash = await hashPassword(LOAD_PASSWORD);
    await step(
      "users",
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "structureId", "preferredLocale", "updatedAt")
       SELECT 'loadu' || g, 'staff' || g || '@load.example.org', ${pick(personNames, "g", 28)}, ${quote(passwordHash)},
              (CASE WHEN g % 10 = 0 THEN 'ADMIN' WHEN g % 2 = 0 THEN 'ROCB_STAFF' ELSE 'RTC_REP' END)::"UserRole",
              CASE WHEN g % 10 = 0 THEN NULL WHEN g % 2 = 0 THEN rocb.id ELSE s.id END,
              (ARRAY['en','fr','es','ru','ar'])[1 + g % 5]::"Locale", now()
         FROM generate_series(1, ${users}) g
         JOIN load_structure s ON s.n = ${hash("g", 29)} % (SELECT structures FROM load_counts)
         LEFT JOIN load_rocb rocb ON rocb."regionId" = s."regionId"`,
    );
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return { meetings, attendees, news, structures, users, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
