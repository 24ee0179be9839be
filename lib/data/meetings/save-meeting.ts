import "server-only";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/client";
import { writeAudit } from "@/lib/data/audit/write-audit";
import { queueCorrection } from "@/lib/data/alerts/queue-alerts";
import { createOnce } from "@/lib/data/create-once";
import { slugify } from "@/lib/content/slug";
import { FieldValidationError } from "@/lib/errors/app-errors";
import { localeFieldName } from "@/lib/validation/form-fields";
import type { MeetingInput } from "@/lib/validation/meetings";
import { claimMeeting, meetingTags, type Tx } from "./claim-meeting";
import { checkMeetingReferences, freeSlug } from "./check-meeting-references";
import { meetingFactFields } from "./select-meeting";
import { applyMeetingCityNames } from "@/lib/data/gazetteer/write-city-names";
import type { VersionedUpdate } from "@/lib/data/versioned-update";

// Creating and saving meetings. Each function is one transaction: the
// record's scope (in the query), the optimistic version, every row written,
// and the audit entry — or nothing at all. A save never changes what is
// public: publishing is its own step (publish-meeting.ts).

export const meetingSnapshotSelect = {
  ...meetingFactFields,
  joinUrl: true,
  joinUrlFromStartDay: true,
  seriesId: true,
  regionId: true,
  hostStructureId: true,
  organizerStructureId: true,
  publishAt: true,
  publishedAt: true,
  version: true,
  translations: {
    orderBy: { locale: "asc" },
    select: { locale: true, title: true, summary: true, body: true, venue: true, status: true, publishedAt: true },
  },
} as const;

export const meetingSnapshot = (tx: Tx, id: string) =>
  tx.meeting.findUniqueOrThrow({ where: { id }, select: meetingSnapshotSelect });

function meetingFields(input: MeetingInput) {
  return {
    kind: input.kind,
    seriesId: input.seriesId,
    number: input.number,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    format: input.format,
    joinUrl: input.joinUrl,
    joinUrlFromStartDay: input.joinUrlFromStartDay,
    city: input.city,
    countryCode: input.countryCode,
    regionId: input.regionId,
    hostStructureId: input.hostStructureId,
    organizerStructureId: input.organizerStructureId,
    publishAt: input.publishAt,
  };
}

/** ROCB staff always work in their own region; administrators choose one or none. */
export function regionFor(actor: Actor, input: Pick<MeetingInput, "regionId">, current?: string | null) {
  return can(actor, "content.chooseRegion") ? input.regionId : (input.regionId ?? current ?? actor.regionId);
}

/** A new draft meeting, every text a draft. The same form token twice creates it once. */
export async function createMeeting({
  actor,
  input,
  formToken,
}: {
  actor: Actor;
  input: MeetingInput;
  formToken: string;
}) {
  const regionId = regionFor(actor, input);
  assertCan(actor, "meeting.create", { regionId });
  return createOnce({ userId: actor.id, token: formToken, kind: "meeting" }, async (tx) => {
    const english = input.texts.find((t) => t.locale === "en");
    const slug = input.slug ?? (await freeSlug(tx, slugify(english?.title ?? "", "meeting")));
    await checkMeetingReferences(tx, actor, { ...input, regionId, slug }, null);
    const created = await tx.meeting.create({
      data: {
        ...meetingFields({ ...input, regionId }),
        slug,
        status: "DRAFT",
        createdById: actor.id,
        translations: { create: input.texts.map((t) => ({ ...t, status: "DRAFT" as const })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.create",
      entityType: "Meeting",
      entityId: created.id,
      after: await meetingSnapshot(tx, created.id),
    });
    // A new meeting is a draft: its city's names are suggestions until it is published.
    const names = await applyMeetingCityNames(
      tx,
      actor,
      { id: created.id, status: "DRAFT", countryCode: input.countryCode, city: input.city },
      input.cityNames,
    );
    return { id: created.id, tags: [...meetingTags(created.id), ...names.tags], citySuggested: names.suggested };
  });
}

type ExistingText = { locale: string; status: string };

/** Writes the texts. Each translation keeps its status; a new one is a draft; a public one cannot be emptied (withdraw it first). */
async function writeTranslations(tx: Tx, meetingId: string, input: MeetingInput, existing: ExistingText[]) {
  const submitted = new Set(input.texts.map((t) => t.locale));
  const emptiedPublic = existing.filter((old) => old.status === "PUBLISHED" && !submitted.has(old.locale as never));
  if (emptiedPublic.length) {
    throw new FieldValidationError(
      Object.fromEntries(
        emptiedPublic.map((old) => [localeFieldName(old.locale as "en", "title"), ["publishedTextRequired"]]),
      ),
    );
  }
  const removed = existing.filter((old) => !submitted.has(old.locale as never)).map((old) => old.locale as "en");
  if (removed.length) await tx.meetingTranslation.deleteMany({ where: { meetingId, locale: { in: removed } } });
  for (const { locale, title, summary, body, venue } of input.texts) {
    const data = { title, summary, body, venue };
    await tx.meetingTranslation.upsert({
      where: { meetingId_locale: { meetingId, locale } },
      create: { meetingId, locale, ...data, status: "DRAFT" },
      update: data,
    });
  }
}

/** Saves the whole form: every field and every language. What is public stays as it was (a public text shows its new wording). */
export async function updateMeeting({
  actor,
  id,
  version,
  input,
  notifySubscribers = false,
}: VersionedUpdate<MeetingInput> & {
  /** Staff ticked "notify subscribers": a correction alert goes out if the meeting is public. */
  notifySubscribers?: boolean;
}) {
  return prisma.$transaction(async (tx) => {
    const row = await claimMeeting(tx, actor, id, version);
    const before = { ...(await meetingSnapshot(tx, id)), version };
    const regionId = regionFor(actor, input, row.regionId);
    // Moving a meeting is allowed only into a region the actor works in.
    if (regionId !== row.regionId) assertCan(actor, "meeting.update", { regionId });
    const slug = input.slug ?? before.slug;
    await checkMeetingReferences(tx, actor, { ...input, regionId, slug }, { ...before, id });
    await writeTranslations(tx, id, input, before.translations);
    await tx.meeting.update({ where: { id }, data: { ...meetingFields({ ...input, regionId }), slug } });
    const after = await meetingSnapshot(tx, id);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.update",
      entityType: "Meeting",
      entityId: id,
      before,
      after,
    });
    const names = await applyMeetingCityNames(
      tx,
      actor,
      { id, status: after.status, countryCode: after.countryCode, city: after.city },
      input.cityNames,
    );
    // An edit sends nothing, unless staff chose to notify subscribers of a correction.
    const alerted = notifySubscribers ? await queueCorrection(tx, { kind: "MEETING", id, version: after.version }) : 0;
    return {
      alerted,
      id,
      slug: after.slug,
      version: after.version,
      status: after.status,
      tags: [...meetingTags(id, before.status, after.status), ...names.tags],
      citySuggested: names.suggested,
    };
  });
}
