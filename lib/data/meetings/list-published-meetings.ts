import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { pageWindow, PAGE_SIZE } from "@/lib/validation/public-filters";

import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import { cacheTags, tagRender } from "@/lib/cache/tags";
import { cardSelect, pastMeetingsWhere, toCards, upcomingMeetingsWhere, type MeetingCard } from "./select-card";
import { publicMeetingWhere } from "../visibility";
import { cityNamer } from "../gazetteer/name-places";

/**
 * Lists count at most this many matches (then say "more than 10,000"):
 * counting every one of 100,000 meetings costs more than it tells. Pages go on
 * past the count while there are meetings (page 2,000 is a real page, with a
 * "next" link when one more row exists).
 */
export const MAX_COUNTED = 10_000;

export type MeetingPage = {
  items: MeetingCard[];
  total: number;
  totalIsCapped: boolean;
  page: number;
  /** The number of pages, when known: with a capped count, the pages known to exist (this one, and the next if any). */
  pageCount: number;
};

async function filterWhere(filters: MeetingFilters, now: Date): Promise<Prisma.MeetingWhereInput | null> {
  const where: Prisma.MeetingWhereInput = { ...publicMeetingWhere(now) };
  if (filters.region) where.region = { code: filters.region };
  if (filters.kind) where.kind = filters.kind;
  if (filters.year) {
    where.startsAt = { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) };
  }
  if (filters.when === "upcoming") return upcomingMeetingsWhere(where, now);
  if (filters.when === "past") return pastMeetingsWhere(where, now);
  return where;
}

/**
 * One page of published meetings: the rows (one more than a page, to know of
 * a next one), their texts by id, and a capped count. The texts come in a
 * second query ("query" strategy): joined into the first, PostgreSQL would
 * build the texts of every skipped row of a deep page (page 2,000: 24,000).
 */
export async function listPublishedMeetings({
  locale,
  filters,
  page,
}: {
  locale: AppLocale;
  filters: MeetingFilters;
  page: number;
}): Promise<MeetingPage> {
  await tagRender([cacheTags.meetings]);
  const now = new Date();
  const where = await filterWhere(filters, now);
  if (!where) return { items: [], total: 0, totalIsCapped: false, page, pageCount: 1 };
  const orderBy: Prisma.MeetingOrderByWithRelationInput[] =
    filters.when === "upcoming" ? [{ startsAt: "asc" }, { id: "asc" }] : [{ startsAt: "desc" }, { id: "desc" }];
  const { skip, take } = pageWindow(page);
  const [rows, counted, cityOf] = await Promise.all([
    prisma.meeting.findMany({
      relationLoadStrategy: "query",
      where,
      orderBy,
      skip,
      take: take + 1,
      select: cardSelect(locale),
    }),
    prisma.meeting.count({ where, take: MAX_COUNTED + 1 }),
    cityNamer(locale),
  ]);
  const capped = counted > MAX_COUNTED;
  const total = Math.min(counted, MAX_COUNTED);
  const pageCount = capped ? page + (rows.length > take ? 1 : 0) : Math.max(1, Math.ceil(total / PAGE_SIZE));
  return { items: toCards(rows.slice(0, take), locale, cityOf), total, totalIsCapped: capped, page, pageCount };
}

/**
 * The years that have published meetings, newest first (the year filter
 * offers no empty year). A loose index scan: one probe of the (startsAt, id)
 * index per year with meetings, however many meetings a year has.
 */
export async function listMeetingYears(): Promise<number[]> {
  await tagRender([cacheTags.meetings]);
  const visible = `m."status" IN ('PUBLISHED', 'ARCHIVED') AND (m."publishAt" IS NULL OR m."publishAt" <= now()) AND m."hasPublishedText"`;
  const rows = await prisma.$queryRawUnsafe<{ year: number }[]>(`
      WITH RECURSIVE years(year) AS (
        (SELECT extract(year FROM m."startsAt")::int FROM "Meeting" m WHERE ${visible} ORDER BY m."startsAt" LIMIT 1)
        UNION ALL
        SELECT (SELECT extract(year FROM m."startsAt")::int FROM "Meeting" m
                 WHERE ${visible} AND m."startsAt" >= make_timestamp(y.year + 1, 1, 1, 0, 0, 0) ORDER BY m."startsAt" LIMIT 1)
          FROM years y WHERE y.year IS NOT NULL AND y.year < 2100
      )
      SELECT year FROM years WHERE year IS NOT NULL ORDER BY year DESC`);
  return rows.map((row) => Number(row.year));
}
