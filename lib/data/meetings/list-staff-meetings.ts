import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { meetingWhere, type Actor } from "@/lib/auth/permissions";
import type { AppLocale } from "@/i18n/routing";
import { staffTitle, translationStates } from "@/lib/content/translation-states";
import { meetingRowFields } from "./select-meeting";
import type { StaffMeetingFilters } from "@/lib/validation/meetings";

export const STAFF_PAGE_SIZE = 20;

/** One page of the meetings the actor may see, drafts included: two queries whatever the page size. */
export async function listStaffMeetings({
  actor,
  locale,
  filters,
  page,
}: {
  actor: Actor;
  locale: AppLocale;
  filters: StaffMeetingFilters;
  page: number;
}) {
  const and: Prisma.MeetingWhereInput[] = [meetingWhere(actor, "meeting.readDraft")];
  if (filters.status) and.push({ status: filters.status });
  if (filters.mine) and.push({ createdById: actor.id });
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
        ...meetingRowFields,
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
