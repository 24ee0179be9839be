import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { decisionWhere, type Actor } from "@/lib/auth/permissions";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { publicMeetingWhere } from "../visibility";

// The dashboards' open decisions (issue 21): those still open or in progress
// that the user's structure is responsible for, and, for whoever records
// follow-up (ROCB staff of the region, administrators), those of the
// meetings they edit. Someone who only reads sees decisions of public
// meetings; the soonest due first.

export const OPEN_DECISIONS_SHOWN = 5;

export async function listOpenDecisions({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const editable = decisionWhere(actor);
  const mine: Prisma.MeetingOutcomeWhereInput[] = [editable];
  if (actor.structureId) {
    mine.push({
      kind: "DECISION",
      responsible: { some: { structureId: actor.structureId } },
      meeting: publicMeetingWhere(),
    });
  }
  const where: Prisma.MeetingOutcomeWhereInput = {
    AND: [{ kind: "DECISION", status: { in: ["OPEN", "IN_PROGRESS"] } }, { OR: mine }],
  };
  const [rows, total] = await Promise.all([
    prisma.meetingOutcome.findMany({
      where,
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { meeting: { startsAt: "desc" } }, { id: "asc" }],
      take: OPEN_DECISIONS_SHOWN,
      select: {
        id: true,
        status: true,
        dueOn: true,
        translations: { select: { locale: true, text: true } },
        meeting: { select: { id: true, slug: true, translations: { select: { locale: true, title: true } } } },
      },
    }),
    prisma.meetingOutcome.count({ where }),
  ]);
  const editableIds = await prisma.meetingOutcome.findMany({
    where: { AND: [{ id: { in: rows.map((r) => r.id) } }, editable] },
    select: { id: true },
  });
  const mayEdit = new Set(editableIds.map((r) => r.id));
  return {
    total,
    items: rows.map((r) => {
      const text = pickTranslation(
        r.translations.filter((t) => t.text),
        locale,
      );
      const meeting = pickTranslation(r.meeting.translations, locale);
      return {
        id: r.id,
        status: r.status,
        dueOn: r.dueOn,
        overdue: !!r.dueOn && r.dueOn.getTime() < Date.now(),
        text: text?.text ?? "",
        textLocale: text?.locale,
        meetingTitle: meeting?.title ?? r.meeting.slug,
        meetingTitleLocale: meeting?.locale,
        href: mayEdit.has(r.id) ? `/staff/meetings/${r.meeting.id}/outcomes` : `/meetings/${r.meeting.slug}`,
      };
    }),
  };
}
