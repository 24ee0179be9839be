import "server-only";
import { meetingWhere } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/client";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { queueRepublishedDecisions } from "@/lib/data/alerts/queue-alerts";
import { claimMeeting, meetingTags } from "./claim-meeting";
import { meetingSnapshot } from "./save-meeting";
import { applyMeetingCitySuggestions } from "@/lib/data/gazetteer/decide-city-suggestions";
import { changedTranslations, planOrRefuse, publicationSelect, reviewPublication } from "../review-publication";
import type { PublicationRequest, PublicationWrite } from "../review-publication";
import { translationGaps } from "@/lib/content/translation-gaps";

// Publishing a meeting: one step that sets the meeting's status and which of
// its translations are public, planned by lib/content/publication.ts — the
// same plan the confirmation showed.

const partsSelect = { select: { translations: { select: { locale: true } } } } as const;

/**
 * The plan of a change, for the confirmation (nothing is written), with the
 * parts each language to be shown lacks (read in English). Not found when the
 * meeting is not in the actor's scope.
 */
export async function reviewMeetingPublication({ actor, id, change, locales }: PublicationRequest) {
  const where = { AND: [{ id }, meetingWhere(actor, "meeting.publish")] };
  const row = await prisma.meeting.findFirst({
    where,
    select: {
      ...publicationSelect,
      translations: { select: { locale: true, status: true, summary: true, body: true, venue: true } },
      agendaItems: partsSelect,
      outcomes: partsSelect,
    },
  });
  const review = await reviewPublication(row, change, locales, { kind: "MEETING", id });
  return { ...review, gaps: row ? translationGaps(row, review.plan.publicLocales) : [] };
}

/** Applies the change in one transaction: claim, plan again on the current rows, write, audit. */
export async function setMeetingPublication(request: PublicationWrite) {
  const { actor, id, version, change, locales } = request;
  return prisma.$transaction(async (tx) => {
    await claimMeeting(tx, actor, id, version, "meeting.publish");
    const before = { ...(await meetingSnapshot(tx, id)), version };
    const plan = planOrRefuse(before, change, locales);
    const now = new Date();
    for (const { locale, data } of changedTranslations(before.translations, plan.texts, now)) {
      await tx.meetingTranslation.update({ where: { meetingId_locale: { meetingId: id, locale } }, data });
    }
    await tx.meeting.update({
      where: { id },
      data: { status: plan.status, ...(plan.status !== "DRAFT" && !before.publishedAt ? { publishedAt: now } : {}) },
    });
    const after = await meetingSnapshot(tx, id);
    // Decisions added while it was unpublished are new when it is public again.
    if (before.status === "DRAFT" && after.status !== "DRAFT") await queueRepublishedDecisions(tx, id, now);
    // The city's names typed in the draft take effect now, if the publisher may write them.
    const placeTags =
      after.status === "PUBLISHED"
        ? await applyMeetingCitySuggestions(tx, actor, { id, countryCode: after.countryCode, city: after.city })
        : [];
    await writeAudit(tx, {
      actorId: actor.id,
      action: `meeting.publication.${change}`,
      entityType: "Meeting",
      entityId: id,
      before,
      after,
    });
    return {
      id,
      status: after.status,
      version: after.version,
      plan,
      tags: [...meetingTags(id, before.status, after.status), ...placeTags],
    };
  });
}
