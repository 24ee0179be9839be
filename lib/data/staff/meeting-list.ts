import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { locales, type AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/content/format";
import { pickTranslation } from "@/lib/content/translation";
import type { StaffMeetingFilters } from "@/lib/validation/meetings";
import { meetingScope, structureScope } from "../scope";

export const STAFF_PAGE_SIZE = 20;

export type TranslationState = "PUBLISHED" | "DRAFT" | "MISSING";

/** Published / draft / missing for each of the five languages. */
export function translationStates(translations: { locale: string; status: string }[]): Record<AppLocale, TranslationState> {
  const byLocale = new Map(translations.map((t) => [t.locale, t.status as TranslationState]));
  return Object.fromEntries(locales.map((l) => [l, byLocale.get(l) ?? "MISSING"])) as Record<AppLocale, TranslationState>;
}

/** A title for staff screens: any translation, drafts included, in the reader's language first. */
export function staffTitle(translations: { locale: string; title: string }[], locale: AppLocale, fallback: string) {
  const picked = pickTranslation(translations, locale);
  return { title: picked?.title ?? fallback, titleLocale: picked?.locale ?? "en" };
}

/** One page of the meetings the actor may see, drafts included: two queries whatever the page size. */
export async function listStaffMeetings({ actor, locale, filters, page }: { actor: Actor; locale: AppLocale; filters: StaffMeetingFilters; page: number }) {
  const and: Prisma.MeetingWhereInput[] = [meetingScope(actor)];
  if (filters.status) and.push({ status: filters.status });
  if (filters.q) {
    and.push({
      OR: [
        { slug: { contains: filters.q.toLowerCase() } },
        { translations: { some: { title: { contains: filters.q, mode: "insensitive" } } } },
      ],
    });
  }
  const where: Prisma.MeetingWhereInput = { AND: and };
  const [rows, total] = await Promise.all([
    prisma.meeting.findMany({
      relationLoadStrategy: "join",
      where,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        status: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        publishAt: true,
        translations: { select: { locale: true, status: true, title: true } },
      },
    }),
    prisma.meeting.count({ where }),
  ]);
  const now = Date.now();
  const items = rows.map(({ translations, ...row }) => ({
    ...row,
    scheduled: !!row.publishAt && row.publishAt.getTime() > now,
    ...staffTitle(translations, locale, row.slug),
    translations: translationStates(translations),
  }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)) };
}

export type StaffMeetingRow = Awaited<ReturnType<typeof listStaffMeetings>>["items"][number];

type Keep = { seriesId?: string | null; hostStructureId?: string | null; organizerStructureId?: string | null; regionId?: string | null };

/**
 * The choices of the meeting form: series, structures, regions and countries
 * the actor may use (plus the meeting's current ones, so a select never drops
 * its value). Four queries.
 */
export async function getMeetingFormOptions({ actor, locale, keep = {} }: { actor: Actor; locale: AppLocale; keep?: Keep }) {
  const admin = actor.role === "ADMIN";
  const keptStructures = [keep.hostStructureId, keep.organizerStructureId].filter((id): id is string => !!id);
  const names = { select: { locale: true, name: true } } as const;
  const [series, structures, regions, countries] = await Promise.all([
    prisma.meetingSeries.findMany({
      where: admin ? {} : { OR: [{ regionId: null }, { regionId: actor.regionId ?? "__none__" }, ...(keep.seriesId ? [{ id: keep.seriesId }] : [])] },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, translations: names },
    }),
    prisma.structure.findMany({
      where: { OR: [structureScope(actor), { id: { in: keptStructures } }] },
      orderBy: [{ regionId: "asc" }, { kind: "asc" }, { slug: "asc" }],
      select: { id: true, slug: true, kind: true, region: { select: { code: true } }, translations: names },
    }),
    prisma.region.findMany({
      where: admin ? {} : { id: { in: [actor.regionId, keep.regionId].filter((id): id is string => !!id) } },
      orderBy: { sortOrder: "asc" },
      select: { id: true, code: true, translations: names },
    }),
    prisma.country.findMany({ select: { code: true } }),
  ]);
  const name = (row: { slug?: string; code?: string; translations: { locale: string; name: string }[] }) =>
    pickTranslation(row.translations, locale)?.name ?? row.slug ?? row.code ?? "";
  const collator = new Intl.Collator(locale);
  return {
    series: series.map((s) => ({ id: s.id, name: name(s) })),
    structures: structures.map((s) => ({ id: s.id, name: name(s), kind: s.kind, regionCode: s.region.code })),
    regions: regions.map((r) => ({ id: r.id, code: r.code, name: name(r) })),
    countries: countries.map((c) => ({ code: c.code, name: countryName(c.code, locale) })).sort((a, b) => collator.compare(a.name, b.name)),
  };
}

export type MeetingFormOptions = Awaited<ReturnType<typeof getMeetingFormOptions>>;
