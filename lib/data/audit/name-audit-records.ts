import "server-only";
import { prisma } from "@/lib/db/client";
import { pickTranslation } from "@/lib/content/translation";
import { countryName, formatDate } from "@/lib/content/format";
import type { AppLocale } from "@/i18n/routing";

// The names the audit log shows instead of internal ids (issue 21): the
// record an entry is about, and every id its values refer to (a report's
// indicator, activity and reviewer; a plan's region; a city name's meeting…),
// in the reader's language. One query per kind of record, whatever the page.

export type RecordName = { name: string; lang: string };

type Translated<K extends string> = { id: string; translations: ({ locale: string } & Record<K, string>)[] };

/** Each id's name from one table's translations, in the reader's language (else the usual fallback). */
function named<K extends string>(rows: Translated<K>[], key: K, locale: AppLocale, out: Map<string, RecordName>) {
  for (const row of rows) {
    const picked = pickTranslation(row.translations, locale);
    if (picked?.[key]) out.set(row.id, { name: picked[key], lang: picked.locale });
  }
}

/** A city's entries are keyed "KG/Bishkek": its name in the reader's language, then its country's. */
async function cityNames(keys: string[], locale: AppLocale, out: Map<string, RecordName>) {
  const cities = keys.flatMap((key) => {
    const match = /^([A-Z]{2})\/(.+)$/.exec(key);
    return match ? [{ key, countryCode: match[1], city: match[2] }] : [];
  });
  const rows = await prisma.cityName.findMany({
    where: {
      OR: cities.length ? cities.map(({ countryCode, city }) => ({ countryCode, city, locale })) : [{ city: "" }],
    },
    select: { countryCode: true, city: true, name: true },
  });
  const local = new Map(rows.map((r) => [`${r.countryCode}/${r.city}`, r.name]));
  for (const { key, countryCode, city } of cities) {
    const name = local.get(key);
    out.set(key, {
      name: `${name ?? city}, ${countryName(countryCode, locale)}`,
      lang: name ? locale : "en",
    });
  }
}

/** The names of `ids` (records of any kind; unknown ids are left out). */
export async function nameAuditRecords(ids: Iterable<string>, locale: AppLocale): Promise<Map<string, RecordName>> {
  const list = [...new Set(ids)].filter((id) => id.length <= 100);
  const out = new Map<string, RecordName>();
  // Every query runs even for an empty page: a page costs the same, whatever it shows.
  const where = { id: { in: list } };
  const title = { select: { locale: true, title: true } } as const;
  const name = { select: { locale: true, name: true } } as const;
  const [meetings, news, plans, activities, structures, organizations, regions, indicators, topics, users, reports] =
    await Promise.all([
      prisma.meeting.findMany({ where, select: { id: true, translations: title } }),
      prisma.newsArticle.findMany({ where, select: { id: true, translations: title } }),
      prisma.actionPlan.findMany({ where, select: { id: true, translations: title } }),
      prisma.activity.findMany({ where, select: { id: true, translations: title } }),
      prisma.structure.findMany({ where, select: { id: true, translations: name } }),
      prisma.organization.findMany({ where, select: { id: true, translations: name } }),
      prisma.region.findMany({ where, select: { id: true, translations: name } }),
      prisma.indicator.findMany({ where, select: { id: true, translations: name } }),
      prisma.topic.findMany({ where, select: { id: true, translations: name } }),
      prisma.user.findMany({ where, select: { id: true, name: true } }),
      prisma.progressReport.findMany({
        where,
        select: { id: true, periodStart: true, periodEnd: true, activity: { select: { translations: title } } },
      }),
    ]);
  for (const rows of [meetings, news, plans, activities]) named(rows, "title", locale, out);
  for (const rows of [structures, organizations, regions, indicators, topics]) named(rows, "name", locale, out);
  for (const user of users) out.set(user.id, { name: user.name, lang: locale });
  // A report by its activity and period: "Course on risk management, 1 Feb 2027 – 31 Mar 2027".
  for (const report of reports) {
    const activity = pickTranslation(report.activity.translations, locale);
    const period = `${formatDate(report.periodStart, locale)} – ${formatDate(report.periodEnd, locale)}`;
    out.set(report.id, { name: activity ? `${activity.title}, ${period}` : period, lang: activity?.locale ?? locale });
  }
  await cityNames(
    list.filter((id) => id.includes("/")),
    locale,
    out,
  );
  return out;
}

/** The ids an entry's values refer to: strings under keys ending in "Id", and lists under keys ending in "Ids". */
export function referencedIds(value: unknown, out: Set<string> = new Set(), depth = 0): Set<string> {
  if (value === null || typeof value !== "object" || depth > 5) return out;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (typeof child === "string" && /Id$/.test(key)) {
      out.add(child);
    } else if (Array.isArray(child) && /Ids$/.test(key)) {
      for (const item of child) if (typeof item === "string") out.add(item);
    } else {
      referencedIds(child, out, depth + 1);
    }
  }
  return out;
}
