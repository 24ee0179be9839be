import "server-only";
import { prisma } from "@/lib/db/client";
import { meetingWhere, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { queueNewDecision } from "@/lib/data/alerts/queue-alerts";
import { NotFoundError } from "@/lib/errors/app-errors";
import type { OutcomeText } from "@/lib/validation/meeting-items";
import { claimMeeting, meetingTags, type Tx } from "./claim-meeting";
import { closeGaps, positionAfterLast } from "./move-meeting-child";

// Outcomes and decisions of a meeting: read, add, edit, remove (moves: ordered-children.ts); each
// change claims the meeting's version and is audited on the meeting. A
// decision added to a public meeting (or an outcome of one made a decision)
// alerts its followers; an edit of a text sends nothing.

type Ref = { actor: Actor; meetingId: string; version: number };
type Kind = "OUTCOME" | "DECISION";

const outcomeSelect = {
  id: true,
  position: true,
  kind: true,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, text: true } },
} as const;

/** The outcomes of a meeting in the actor's scope, in order (one query). */
export function listOutcomes({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  return prisma.meetingOutcome.findMany({
    where: { meetingId, meeting: meetingWhere(actor, "meeting.update") },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: outcomeSelect,
  });
}

async function findOutcome(tx: Tx, meetingId: string, itemId: string) {
  const outcome = await tx.meetingOutcome.findFirst({ where: { id: itemId, meetingId }, select: outcomeSelect });
  if (!outcome) throw new NotFoundError();
  return outcome;
}

async function audit(tx: Tx, actor: Actor, meetingId: string, action: string, before: unknown, after: unknown) {
  await writeAudit(tx, {
    actorId: actor.id,
    action: `meeting.outcome.${action}`,
    entityType: "Meeting",
    entityId: meetingId,
    before,
    after,
  });
}

export async function addOutcome({
  actor,
  meetingId,
  version,
  kind,
  texts,
}: Ref & { kind: Kind; texts: OutcomeText[] }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const outcome = await tx.meetingOutcome.create({
      data: {
        meetingId,
        kind,
        position: await positionAfterLast(tx, "outcomes", meetingId),
        translations: { create: texts },
      },
      select: outcomeSelect,
    });
    await audit(tx, actor, meetingId, "add", null, outcome);
    if (kind === "DECISION") await queueNewDecision(tx, outcome.id);
    return { id: outcome.id, tags: meetingTags(meetingId, meeting.status) };
  });
}

export async function updateOutcome({
  actor,
  meetingId,
  version,
  itemId,
  kind,
  texts,
}: Ref & { itemId: string; kind: Kind; texts: OutcomeText[] }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const before = await findOutcome(tx, meetingId, itemId);
    await tx.meetingOutcome.update({ where: { id: itemId }, data: { kind } });
    await tx.meetingOutcomeTranslation.deleteMany({
      where: { outcomeId: itemId, locale: { notIn: texts.map((t) => t.locale) } },
    });
    for (const { locale, text } of texts) {
      await tx.meetingOutcomeTranslation.upsert({
        where: { outcomeId_locale: { outcomeId: itemId, locale } },
        create: { outcomeId: itemId, locale, text },
        update: { text },
      });
    }
    await audit(tx, actor, meetingId, "update", before, await findOutcome(tx, meetingId, itemId));
    if (kind === "DECISION" && before.kind !== "DECISION") await queueNewDecision(tx, itemId);
    return { id: itemId, tags: meetingTags(meetingId, meeting.status) };
  });
}

export async function removeOutcome({ actor, meetingId, version, itemId }: Ref & { itemId: string }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version);
    const before = await findOutcome(tx, meetingId, itemId);
    await tx.meetingOutcome.delete({ where: { id: itemId } });
    await closeGaps(tx, "outcomes", meetingId);
    await audit(tx, actor, meetingId, "remove", before, null);
    return { id: itemId, tags: meetingTags(meetingId, meeting.status) };
  });
}
