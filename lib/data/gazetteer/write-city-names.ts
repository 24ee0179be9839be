import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { can, type Actor, type Scope } from "@/lib/auth/permissions";
import { cacheTags } from "@/lib/cache/tags";
import { pickTranslation } from "@/lib/content/translation";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { publicStructureWhere } from "@/lib/data/visibility";
import {
  cityNameLocales,
  hasCityNameChanges,
  type CityNameChanges,
  type CityNameLocale,
  type CityNames,
} from "@/lib/validation/city-names";
import type { AppLocale } from "@/i18n/routing";

// The gazetteer (CityName): a city's names in the other languages, shown by
// every meeting and structure in that city, on every page, feed, map and the
// API. Because one row changes pages of several regions, a change needs
// rights over every published record that uses the city (the permission
// `gazetteer.write` in lib/auth/permissions.ts, on the regions listed here);
// otherwise, and always from a draft, it becomes a suggestion that an
// administrator approves (suggestions.ts). An empty field never deletes: a
// removal is asked for explicitly (lib/validation/city-names.ts).

type Tx = Prisma.TransactionClient;
export type City = { countryCode: string; city: string };

/** The gazetteer's names of a city (country and English name), for the editor; "" where it has none. */
export async function readCityNames(countryCode: string | null, city: string, db: Tx = prisma): Promise<CityNames> {
  const names = Object.fromEntries(cityNameLocales.map((locale) => [locale, ""])) as CityNames;
  if (!countryCode || !city) return names;
  const rows = await db.cityName.findMany({ where: { countryCode, city }, select: { locale: true, name: true } });
  for (const row of rows) if (row.locale !== "en") names[row.locale as CityNameLocale] = row.name;
  return names;
}

const publishedMeetingStatus = { status: { in: ["PUBLISHED" as const, "ARCHIVED" as const] } };

/** What the permission check sees of a city: the regions of every published meeting and structure there. */
export async function cityScope(db: Tx, { countryCode, city }: City): Promise<Scope> {
  const [meetings, structures] = await Promise.all([
    db.meeting.findMany({
      where: { countryCode, city, ...publishedMeetingStatus },
      distinct: ["regionId"],
      select: { regionId: true },
    }),
    db.structure.findMany({
      where: { countryCode, city, ...publicStructureWhere() },
      distinct: ["regionId"],
      select: { regionId: true },
    }),
  ]);
  return { regionIds: [...new Set([...meetings, ...structures].map((row) => row.regionId))] };
}

export const CITY_PAGES_SHOWN = 8;

/**
 * The public pages that show a city's names (published meetings and
 * structures there), for the warning beside a removal: the first few titles
 * and how many there are in all.
 */
export async function cityPages({ countryCode, city }: City, locale: AppLocale) {
  const names = { select: { locale: true, title: true } } as const;
  const where = { countryCode, city, ...publishedMeetingStatus };
  const [meetings, meetingCount, structures, structureCount] = await Promise.all([
    prisma.meeting.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: CITY_PAGES_SHOWN,
      select: { slug: true, translations: { ...names, where: { status: "PUBLISHED" } } },
    }),
    prisma.meeting.count({ where }),
    prisma.structure.findMany({
      where: { countryCode, city, ...publicStructureWhere() },
      orderBy: { slug: "asc" },
      take: CITY_PAGES_SHOWN,
      select: { slug: true, translations: { where: { status: "PUBLISHED" }, select: { locale: true, name: true } } },
    }),
    prisma.structure.count({ where: { countryCode, city, ...publicStructureWhere() } }),
  ]);
  const pages = [
    ...structures.map((s) => ({
      href: `/structures/${s.slug}`,
      title: pickTranslation(s.translations, locale)?.name ?? s.slug,
    })),
    ...meetings.map((m) => ({
      href: `/meetings/${m.slug}`,
      title: pickTranslation(m.translations, locale)?.title ?? m.slug,
    })),
  ].slice(0, CITY_PAGES_SHOWN);
  return { pages, total: meetingCount + structureCount };
}

/** The changes that would change something: a name that differs, a removal of a name that exists. */
function effectiveChanges(current: CityNames, changes: CityNameChanges): CityNameChanges {
  const set: CityNameChanges["set"] = {};
  for (const [locale, name] of Object.entries(changes.set) as [CityNameLocale, string][])
    if (current[locale] !== name) set[locale] = name;
  return { set, remove: changes.remove.filter((locale) => current[locale] !== "") };
}

/**
 * Writes names to the gazetteer, audited ("city.names", before and after);
 * the caller has checked the right to. Returns the tags of the pages to
 * refresh (every page that names a place), or none when nothing changed.
 */
export async function writeCityNames(
  tx: Tx,
  actorId: string,
  { countryCode, city }: City,
  changes: CityNameChanges,
  context: { suggestionId?: string } = {},
): Promise<string[]> {
  const current = await readCityNames(countryCode, city, tx);
  const { set, remove } = effectiveChanges(current, changes);
  if (!Object.keys(set).length && !remove.length) return [];
  for (const [locale, name] of Object.entries(set) as [CityNameLocale, string][]) {
    await tx.cityName.upsert({
      where: { countryCode_city_locale: { countryCode, city, locale } },
      create: { countryCode, city, locale, name },
      update: { name },
    });
  }
  if (remove.length) await tx.cityName.deleteMany({ where: { countryCode, city, locale: { in: remove } } });
  const shown = (names: CityNames) => Object.fromEntries(Object.entries(names).filter(([, name]) => name));
  const after = { ...current, ...set, ...Object.fromEntries(remove.map((locale) => [locale, ""])) };
  await writeAudit(tx, {
    actorId,
    action: "city.names",
    entityType: "City",
    entityId: `${countryCode}/${city}`,
    before: shown(current),
    after: { ...shown(after), ...(context.suggestionId ? { suggestionId: context.suggestionId } : {}) },
  });
  return [cacheTags.places];
}

/** Records each change as a pending suggestion (one per language), audited ("city.suggest"). */
export async function suggestCityNames(
  tx: Tx,
  actorId: string,
  { countryCode, city }: City,
  changes: CityNameChanges,
  meetingId: string | null,
) {
  const current = await readCityNames(countryCode, city, tx);
  const { set, remove } = effectiveChanges(current, changes);
  const wanted = [
    ...(Object.entries(set) as [CityNameLocale, string][]),
    ...remove.map((locale) => [locale, ""] as [CityNameLocale, string]),
  ];
  if (!wanted.length) return false;
  // The same person asking again for the same language replaces their pending suggestion.
  await tx.cityNameSuggestion.deleteMany({
    where: {
      countryCode,
      city,
      suggestedById: actorId,
      status: "PENDING",
      locale: { in: wanted.map(([locale]) => locale) },
    },
  });
  await tx.cityNameSuggestion.createMany({
    data: wanted.map(([locale, name]) => ({ countryCode, city, locale, name, meetingId, suggestedById: actorId })),
  });
  await writeAudit(tx, {
    actorId,
    action: "city.suggest",
    entityType: "City",
    entityId: `${countryCode}/${city}`,
    before: Object.fromEntries(wanted.map(([locale]) => [locale, current[locale]])),
    after: { ...Object.fromEntries(wanted), meetingId },
  });
  return true;
}

/**
 * What a meeting save asks of its city's names. From a draft: suggestions
 * (a draft never changes public names). Otherwise written when the actor may
 * write that city's names (every published record there in their scope),
 * else suggestions. `suggested` tells the form to say so.
 */
export async function applyMeetingCityNames(
  tx: Tx,
  actor: Actor,
  meeting: { id: string; status: string; countryCode: string | null; city: string },
  changes: CityNameChanges | undefined,
): Promise<{ tags: string[]; suggested: boolean }> {
  const countryCode = meeting.countryCode?.trim();
  if (!hasCityNameChanges(changes) || !countryCode || !meeting.city) return { tags: [], suggested: false };
  const place = { countryCode, city: meeting.city };
  if (meeting.status !== "DRAFT" && can(actor, "gazetteer.write", await cityScope(tx, place))) {
    return { tags: await writeCityNames(tx, actor.id, place, changes!), suggested: false };
  }
  return { tags: [], suggested: await suggestCityNames(tx, actor.id, place, changes!, meeting.id) };
}
