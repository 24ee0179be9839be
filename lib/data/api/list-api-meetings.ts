import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { pickTranslation, fallbackChain } from "@/lib/content/translation";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { publicMeetingWhere, publishedTranslations } from "../visibility";
import { MAX_COUNTED } from "../meetings/list-published-meetings";
import { meetingTimePlaceSelect } from "@/lib/data/meetings/select-card";

export type ApiMeetingFilters = {
  region?: string;
  structure?: string;
  series?: string;
  kind?: string;
  from?: string;
  to?: string;
};

export type ApiMeetingRow = {
  id: string;
  slug: string;
  kind: string;
  format: string;
  status: string;
  number: number | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  city: string;
  countryCode: string | null;
  regionCode: string | null;
  series: { slug: string; name: string } | null;
  title: string;
  summary: string;
  contentLocale: AppLocale;
};

const select = (locale: AppLocale) =>
  ({
    id: true,
    slug: true,
    kind: true,
    format: true,
    status: true,
    ...meetingTimePlaceSelect,
    region: { select: { code: true } },
    series: {
      select: {
        slug: true,
        translations: { where: { locale: { in: fallbackChain(locale) } }, select: { locale: true, name: true } },
      },
    },
    translations: { ...publishedTranslations(locale), select: { locale: true, title: true, summary: true } },
  }) as const;

function filterWhere(filters: ApiMeetingFilters): Prisma.MeetingWhereInput {
  const and: Prisma.MeetingWhereInput[] = [publicMeetingWhere()];
  if (filters.region) and.push({ region: { code: filters.region.toUpperCase() } });
  if (filters.series) and.push({ series: { slug: filters.series } });
  if (filters.kind)
    and.push({ kind: filters.kind.toUpperCase().replace(/-/g, "_") as Prisma.MeetingWhereInput["kind"] });
  if (filters.from) and.push({ endsAt: { gte: new Date(`${filters.from}T00:00:00Z`) } });
  if (filters.to) and.push({ startsAt: { lt: new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000) } });
  if (filters.structure) {
    const structure = { slug: filters.structure };
    and.push({
      OR: [{ hostStructure: structure }, { organizerStructure: structure }, { attendees: { some: { structure } } }],
    });
  }
  return { AND: and };
}

/**
 * Published meetings for the open data API, in date order (the startsAt
 * index), one page plus a capped count: a fixed number of queries. Texts come
 * by id in a second query, as for the meetings list.
 */
export async function listApiMeetings({
  locale,
  filters,
  page,
  pageSize,
}: {
  locale: AppLocale;
  filters: ApiMeetingFilters;
  page: number;
  pageSize: number;
}) {
  await tagRender([cacheTags.meetings, cacheTags.series, cacheTags.regions]);
  const where = filterWhere(filters);
  const [rows, counted] = await Promise.all([
    prisma.meeting.findMany({
      relationLoadStrategy: "query",
      where,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize + 1,
      select: select(locale),
    }),
    prisma.meeting.count({ where, take: MAX_COUNTED + 1 }),
  ]);
  const items: ApiMeetingRow[] = rows.slice(0, pageSize).flatMap((row) => {
    const text = pickTranslation(row.translations, locale);
    if (!text) return [];
    const seriesName = row.series ? (pickTranslation(row.series.translations, locale)?.name ?? row.series.slug) : null;
    return [
      {
        id: row.id,
        slug: row.slug,
        kind: row.kind,
        format: row.format,
        status: row.status,
        number: row.number,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        timeZone: row.timeZone,
        city: row.city,
        countryCode: row.countryCode?.trim() ?? null,
        regionCode: row.region?.code ?? null,
        series: row.series && seriesName ? { slug: row.series.slug, name: seriesName } : null,
        title: text.title,
        summary: text.summary,
        contentLocale: text.locale,
      },
    ];
  });
  return {
    items,
    hasNext: rows.length > pageSize,
    total: Math.min(counted, MAX_COUNTED),
    totalIsCapped: counted > MAX_COUNTED,
  };
}
