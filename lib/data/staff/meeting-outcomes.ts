import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/audit";
import { NotFoundError } from "@/lib/errors/app-errors";
import type { OutcomeText } from "@/lib/validation/meeting-items";
import { claimMeeting, meetingTags } from "./meeting-access";
import { movedPositions, nextPosition, sortedIds } from "./meeting-positions";

// Outcomes and decisions of a meeting: add, edit, remove, move; each change
// claims the meeting's version and is audited on the meeting.

type Tx = Prisma.TransactionClient;
type Ref = { actor: Actor; meetingId: string; version: number };
type Kind = "OUTCOME" | "DECISION";

const outcomeSelect = { id: true, position: true, kind: true, translations: { orderBy: { locale: "asc" }, select: { locale: true, text: true } } } as const;

async function findOutcome(tx: Tx, meetingId: string, itemId: string) {
  const outcome = await tx.meetingOutcome.findFirst({ where: { id: itemId, meetingId }, select: outcomeSelect });
  if (!outcome) throw new NotFoundError();
  return outcome;
}

async function audit(tx: Tx, actor: Actor, meetingId: string, action: string, before: unknown, after: unknown) {
  await writeAudit(tx, { actorId: actor.id, action: `meeting.outcome.${action}`, entityType: "Meeting", entityId: meetingId, before, after });
}

export async function addOutcome({ actor, meetingId, version, kind, texts }: Ref & { kind: Kind; texts: OutcomeText[] }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version, "meeting.update");
    const existing = await tx.meetingOutcome.findMany({ where: { meetingId }, select: { position: true } });
    const outcome = await tx.meetingOutcome.create({
      data: { meetingId, kind, position: nextPosition(existing), translations: { create: texts } },
      select: outcomeSelect,
    });
    await audit(tx, actor, meetingId, "add", null, outcome);
    return { id: outcome.id, tags: meetingTags(meetingId, meeting.status) };
  });
}

export async function updateOutcome({ actor, meetingId, version, itemId, kind, texts }: Ref & { itemId: string; kind: Kind; texts: OutcomeText[] }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version, "meeting.update");
    const before = await findOutcome(tx, meetingId, itemId);
    await tx.meetingOutcome.update({ where: { id: itemId }, data: { kind } });
    await tx.meetingOutcomeTranslation.deleteMany({ where: { outcomeId: itemId, locale: { notIn: texts.map((t) => t.locale) } } });
    for (const { locale, text } of texts) {
      await tx.meetingOutcomeTranslation.upsert({
        where: { outcomeId_locale: { outcomeId: itemId, locale } },
        create: { outcomeId: itemId, locale, text },
        update: { text },
      });
    }
    await audit(tx, actor, meetingId, "update", before, await findOutcome(tx, meetingId, itemId));
    return { id: itemId, tags: meetingTags(meetingId, meeting.status) };
  });
}

export async function removeOutcome({ actor, meetingId, version, itemId }: Ref & { itemId: string }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version, "meeting.update");
    const before = await findOutcome(tx, meetingId, itemId);
    await tx.meetingOutcome.delete({ where: { id: itemId } });
    await audit(tx, actor, meetingId, "remove", before, null);
    return { id: itemId, tags: meetingTags(meetingId, meeting.status) };
  });
}

export async function moveOutcome({ actor, meetingId, version, itemId, direction }: Ref & { itemId: string; direction: "up" | "down" }) {
  return prisma.$transaction(async (tx) => {
    const meeting = await claimMeeting(tx, actor, meetingId, version, "meeting.update");
    const rows = await tx.meetingOutcome.findMany({ where: { meetingId }, select: { id: true, position: true } });
    const changes = movedPositions(rows, itemId, direction);
    if (!changes) throw new NotFoundError();
    for (const change of changes) await tx.meetingOutcome.update({ where: { id: change.id }, data: { position: change.position } });
    await audit(tx, actor, meetingId, "move", { order: sortedIds(rows) }, { order: sortedIds(rows, changes), moved: itemId, direction });
    return { id: itemId, tags: meetingTags(meetingId, meeting.status) };
  });
}
