import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { AppLocale } from "@/i18n/routing";
import { pageWindow, PAGE_SIZE } from "@/lib/validation/public-filters";

import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import { cacheTags, tagged } from "@/lib/cache/tags";
import { cardSelect, pastMeetingsWhere, toCards, upcomingMeetingsWhere, type MeetingCard } from "./meetings";
import { publicMeetingWhere } from "./visibility";

/**
 * Lists count at most this many matches (then say "more than 50,000"): each
 * list page is rendered once and cached, so a deep page (2,000 of 4,000) is
 * a real page, but counting a million rows would tell nobody anything more.
 */
export const MAX_COUNTED = 50_000;

export type MeetingPage = { items: MeetingCard[]; total: number; totalIsCapped: boolean; page: number; pageCount: number };

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

/** One page of published meetings: two queries (rows + count) and one for translations. */
async function listPublishedMeetingsUncached(locale: AppLocale, filters: MeetingFilters, requestedPage: number): Promise<MeetingPage> {
  const now = new Date();
  // Pages past the counted matches show the last counted page.
  const page = Math.min(requestedPage, Math.ceil(MAX_COUNTED / PAGE_SIZE));
  const where = await filterWhere(filters, now);
  if (!where) return { items: [], total: 0, totalIsCapped: false, page: 1, pageCount: 1 };
  const orderBy: Prisma.MeetingOrderByWithRelationInput[] =
    filters.when === "upcoming" ? [{ startsAt: "asc" }, { id: "asc" }] : [{ startsAt: "desc" }, { id: "desc" }];
  const [rows, counted] = await Promise.all([
    prisma.meeting.findMany({ where, orderBy, ...pageWindow(page), select: cardSelect(locale) }),
    prisma.meeting.count({ where, take: MAX_COUNTED + 1 }),
  ]);
  const total = Math.min(counted, MAX_COUNTED);
  return { items: toCards(rows, locale), total, totalIsCapped: counted > MAX_COUNTED, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export const listPublishedMeetings = tagged(
  async ({ locale, filters, page }: { locale: AppLocale; filters: MeetingFilters; page: number }) =>
    listPublishedMeetingsUncached(locale, filters, page),
  () => [cacheTags.meetings],
);

/** The years that have published meetings, newest first (for the year filter). */
export const listMeetingYears = tagged(
  async (): Promise<number[]> => {
    const { _min, _max } = await prisma.meeting.aggregate({ where: publicMeetingWhere(), _min: { startsAt: true }, _max: { startsAt: true } });
    if (!_min.startsAt || !_max.startsAt) return [];
    const years: number[] = [];
    for (let y = _max.startsAt.getUTCFullYear(); y >= _min.startsAt.getUTCFullYear(); y -= 1) years.push(y);
    return years;
  },
  () => [cacheTags.meetings],
);
