import "server-only";
import { prisma } from "@/lib/db/client";
import { can, decisionWhere, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { cacheTags } from "@/lib/cache/tags";
import { pickTranslation } from "@/lib/content/translation";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { queueDecisionDone } from "@/lib/data/alerts/queue-alerts";
import { labelOf, listMeetingOptions, type Option } from "@/lib/data/list-options";
import { FieldValidationError, NotFoundError, StaleVersionError } from "@/lib/errors/app-errors";
import type { DecisionFollowUp } from "@/lib/validation/decisions";
import { meetingTags, type Tx } from "../meetings/claim-meeting";
import type { listAttendees } from "../meetings/list-attendees";

// The follow-up of a meeting's decisions, recorded by the meeting's editors
// on its outcomes tab (issue 21): kind, responsible structures, due date,
// status (each change kept with its date and author), and what carried the
// decision out (a later meeting, an article, a document; plans point at
// their decision themselves). Each decision has its own version, so a
// follow-up saved from a stale page is refused, and nothing else of the
// meeting is touched.

const followUpSelect = {
  id: true,
  version: true,
  decisionKind: true,
  status: true,
  dueOn: true,
  followUpMeetingId: true,
  followUpDocumentId: true,
  followUpNews: { select: { slug: true } },
  responsible: { orderBy: { structureId: "asc" }, select: { structureId: true } },
} as const;

export type DecisionEditorRow = {
  id: string;
  version: number;
  text: { text: string; locale: string } | null;
  decisionKind: string;
  status: string;
  dueOn: string;
  responsible: string[];
  followUpMeetingId: string;
  followUpNewsSlug: string;
  followUpDocumentId: string;
  history: { status: string; changedAt: Date; by: string | null }[];
  plans: { id: string; title: string }[];
};

/**
 * The decisions of one meeting with their follow-up, and the choices of the
 * follow-up form: structures of the meeting's region (and any already
 * responsible elsewhere), meetings in the actor's scope, the meeting's
 * documents. Empty when the actor may not record follow-up there.
 */
export async function getDecisionEditor({ actor, meetingId, locale }: Parameters<typeof listAttendees>[0]) {
  const meeting = await prisma.meeting.findUnique({ where: { id: meetingId }, select: { id: true, regionId: true } });
  if (!meeting || !can(actor, "decision.update", { regionId: meeting.regionId })) {
    return { decisions: [], structures: [], meetings: [], documents: [], mayStartPlan: false };
  }
  const rows = await prisma.meetingOutcome.findMany({
    where: { AND: [{ meetingId }, decisionWhere(actor)] },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      ...followUpSelect,
      translations: { select: { locale: true, text: true } },
      statusChanges: {
        orderBy: [{ changedAt: "asc" }, { id: "asc" }],
        select: { status: true, changedAt: true, changedBy: { select: { name: true } } },
      },
      plans: { select: { id: true, slug: true, translations: { select: { locale: true, title: true } } } },
    },
  });
  const responsibleIds = [...new Set(rows.flatMap((r) => r.responsible.map((s) => s.structureId)))];
  const [structures, meetings, documents] = await Promise.all([
    prisma.structure.findMany({
      where: { OR: [{ regionId: meeting.regionId ?? "__none__" }, { id: { in: responsibleIds } }] },
      select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
    }),
    listMeetingOptions(actor, locale, null),
    prisma.meetingDocument.findMany({
      where: { meetingId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, title: true },
    }),
  ]);
  const decisions: DecisionEditorRow[] = rows.map((r) => {
    const text = pickTranslation(
      r.translations.filter((t) => t.text),
      locale,
    );
    return {
      id: r.id,
      version: r.version,
      text: text ? { text: text.text, locale: text.locale } : null,
      decisionKind: r.decisionKind,
      status: r.status,
      dueOn: r.dueOn ? r.dueOn.toISOString().slice(0, 10) : "",
      responsible: r.responsible.map((s) => s.structureId),
      followUpMeetingId: r.followUpMeetingId ?? "",
      followUpNewsSlug: r.followUpNews?.slug ?? "",
      followUpDocumentId: r.followUpDocumentId ?? "",
      history: r.statusChanges.map((c) => ({
        status: c.status,
        changedAt: c.changedAt,
        by: c.changedBy?.name ?? null,
      })),
      plans: r.plans.map((p) => ({
        id: p.id,
        title: labelOf(
          p.translations.map((t) => ({ locale: t.locale, label: t.title })),
          locale,
          p.slug,
        ),
      })),
    };
  });
  const structureOptions: Option[] = structures
    .map((s) => ({
      value: s.id,
      label: labelOf(
        s.translations.map((t) => ({ locale: t.locale, label: t.name })),
        locale,
        s.slug,
      ),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return {
    decisions,
    structures: structureOptions,
    meetings: meetings.filter((m) => m.value !== meetingId),
    documents: documents.map((d) => ({ value: d.id, label: d.title })),
    mayStartPlan: can(actor, "plan.create", { regionId: meeting.regionId }),
  };
}

/** The follow-up's links, checked: each must name an existing record (the meeting's own document). */
async function resolveLinks(tx: Tx, meetingId: string, input: DecisionFollowUp) {
  const errors: Record<string, string[]> = {};
  const [followMeeting, news, document, structures] = await Promise.all([
    input.followUpMeetingId
      ? tx.meeting.findUnique({ where: { id: input.followUpMeetingId }, select: { id: true, status: true } })
      : null,
    input.followUpNewsSlug
      ? tx.newsArticle.findUnique({ where: { slug: input.followUpNewsSlug }, select: { id: true } })
      : null,
    input.followUpDocumentId
      ? tx.meetingDocument.findFirst({ where: { id: input.followUpDocumentId, meetingId }, select: { id: true } })
      : null,
    input.responsible.length
      ? tx.structure.findMany({ where: { id: { in: input.responsible } }, select: { id: true } })
      : [],
  ]);
  if (input.followUpMeetingId && (!followMeeting || followMeeting.id === meetingId))
    errors.followUpMeetingId = ["followUpMissing"];
  if (input.followUpNewsSlug && !news) errors.followUpNewsSlug = ["followUpMissing"];
  if (input.followUpDocumentId && !document) errors.followUpDocumentId = ["followUpMissing"];
  if (structures.length !== new Set(input.responsible).size) errors.responsible = ["followUpMissing"];
  if (Object.keys(errors).length) throw new FieldValidationError(errors);
  return { followMeeting, newsId: news?.id ?? null, documentId: document?.id ?? null };
}

/**
 * Saves a decision's follow-up. The decision is claimed with its version and
 * the actor's scope in the UPDATE's own `where` (stale: refused; out of
 * scope: forbidden; unknown: not found). A new status adds a dated entry to
 * its history. Returns the tags of the pages that show it.
 */
export async function updateDecisionFollowUp({
  actor,
  meetingId,
  decisionId,
  version,
  ...input
}: DecisionFollowUp & { actor: Actor }) {
  return prisma.$transaction(async (tx) => {
    const scope = decisionWhere(actor);
    const before = await tx.meetingOutcome.findFirst({
      where: { id: decisionId, meetingId, kind: "DECISION" },
      select: { ...followUpSelect, meeting: { select: { status: true } } },
    });
    if (!before) throw new NotFoundError();
    const { count } = await tx.meetingOutcome.updateMany({
      where: { AND: [{ id: decisionId, meetingId, version }, scope] },
      data: { version: { increment: 1 } },
    });
    if (count === 0) {
      if (!(await tx.meetingOutcome.count({ where: { AND: [{ id: decisionId }, scope] } })))
        throw new ForbiddenError("decision.update");
      throw new StaleVersionError();
    }
    const links = await resolveLinks(tx, meetingId, { meetingId, decisionId, version, ...input });
    const responsible = [...new Set(input.responsible)];
    await tx.meetingOutcome.update({
      where: { id: decisionId },
      data: {
        decisionKind: input.decisionKind,
        status: input.status,
        dueOn: input.dueOn,
        followUpMeetingId: links.followMeeting?.id ?? null,
        followUpNewsId: links.newsId,
        followUpDocumentId: links.documentId,
      },
    });
    await tx.decisionResponsible.deleteMany({ where: { outcomeId: decisionId, structureId: { notIn: responsible } } });
    await tx.decisionResponsible.createMany({
      data: responsible.map((structureId) => ({ outcomeId: decisionId, structureId })),
      skipDuplicates: true,
    });
    if (input.status !== before.status) {
      await tx.decisionStatusChange.create({
        data: { outcomeId: decisionId, status: input.status, changedById: actor.id },
      });
      // Done: progress, alerted to those following decisions there (once; nothing while the meeting is not public).
      if (input.status === "DONE") await queueDecisionDone(tx, decisionId);
    }
    const after = await tx.meetingOutcome.findUniqueOrThrow({ where: { id: decisionId }, select: followUpSelect });
    const { meeting, ...beforeRow } = before;
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.decision.update",
      entityType: "Meeting",
      entityId: meetingId,
      before: beforeRow,
      after,
    });
    const tags = [...meetingTags(meetingId, meeting.status), cacheTags.decisions];
    for (const id of new Set([before.followUpMeetingId, links.followMeeting?.id].filter(Boolean) as string[]))
      tags.push(cacheTags.meeting(id));
    return { id: decisionId, tags };
  });
}
