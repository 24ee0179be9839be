import "server-only";
import { writeCityNames } from "./city-names";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/audit";
import { slugify } from "@/lib/content/slug";
import { FieldValidationError } from "@/lib/errors/app-errors";
import { textName, type MeetingInput, type MeetingIntent, type MeetingStatus } from "@/lib/validation/meetings";
import { claimMeeting, meetingTags } from "./meeting-access";
import { checkMeetingReferences, freeSlug } from "./meeting-references";

// Creating, saving and publishing meetings. Each function is one transaction:
// authorization on the record's scope, the optimistic version, every row
// written, and the audit entry — or nothing at all.

type Tx = Prisma.TransactionClient;

const snapshotSelect = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  seriesId: true,
  number: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  format: true,
  city: true,
  countryCode: true,
  regionId: true,
  hostStructureId: true,
  organizerStructureId: true,
  publishAt: true,
  publishedAt: true,
  version: true,
  translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true, summary: true, body: true, venue: true, status: true, publishedAt: true } },
} as const;

const snapshot = (tx: Tx, id: string) => tx.meeting.findUniqueOrThrow({ where: { id }, select: snapshotSelect });

function meetingFields(input: MeetingInput) {
  return {
    kind: input.kind,
    seriesId: input.seriesId,
    number: input.number,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    format: input.format,
    city: input.city,
    countryCode: input.countryCode,
    regionId: input.regionId,
    hostStructureId: input.hostStructureId,
    organizerStructureId: input.organizerStructureId,
    publishAt: input.publishAt,
  };
}

/** ROCB staff always work in their own region; administrators choose one or none. */
function regionFor(actor: Actor, input: MeetingInput) {
  return actor.role === "ADMIN" ? input.regionId : (input.regionId ?? actor.regionId);
}

export async function createMeeting({ actor, input }: { actor: Actor; input: MeetingInput }) {
  const regionId = regionFor(actor, input);
  assertCan(actor, "meeting.create", { regionId });
  return prisma.$transaction(async (tx) => {
    const english = input.texts.find((t) => t.locale === "en");
    const slug = input.slug ?? (await freeSlug(tx, slugify(english?.title ?? "")));
    await checkMeetingReferences(tx, actor, { ...input, regionId, slug }, null);
    const created = await tx.meeting.create({
      data: {
        ...meetingFields({ ...input, regionId }),
        slug,
        status: "DRAFT",
        createdById: actor.id,
        translations: { create: input.texts.map((t) => ({ ...t, status: "DRAFT" as const })) },
      },
      select: { id: true, slug: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.create", entityType: "Meeting", entityId: created.id, after: await snapshot(tx, created.id) });
    const placeTags = await writeCityNames(tx, actor.id, input.countryCode, input.city, input.cityNames);
    return { id: created.id, slug: created.slug, tags: [...meetingTags(created.id), ...placeTags] };
  });
}

/** Writes the texts; a translation keeps its status unless this save publishes or unpublishes it. */
async function writeTranslations(tx: Tx, meetingId: string, input: MeetingInput, intent: MeetingIntent, existing: { locale: string; status: string; publishedAt: Date | null }[]) {
  const now = new Date();
  const byLocale = new Map(existing.map((t) => [t.locale, t]));
  const errors: Record<string, string[]> = {};
  const target = intent.locale;
  if (intent.kind === "unpublish" && target && !byLocale.has(target) && !input.texts.some((t) => t.locale === target)) {
    errors[textName("title", target)] = ["required"];
  }
  // Emptying every field of a published translation would silently withdraw it: unpublish it first.
  for (const old of existing) {
    if (old.status === "PUBLISHED" && !input.texts.some((t) => t.locale === old.locale) && !(intent.kind === "unpublish" && target === old.locale)) {
      errors[textName("title", old.locale as "en")] = ["required"];
    }
  }
  if (Object.keys(errors).length) throw new FieldValidationError(errors);

  const removed = existing.filter((old) => !input.texts.some((t) => t.locale === old.locale)).map((old) => old.locale as "en");
  if (removed.length) await tx.meetingTranslation.deleteMany({ where: { meetingId, locale: { in: removed } } });
  for (const text of input.texts) {
    const old = byLocale.get(text.locale);
    let status = (old?.status ?? "DRAFT") as "DRAFT" | "PUBLISHED";
    if (target === text.locale && intent.kind === "publish") status = "PUBLISHED";
    if (target === text.locale && intent.kind === "unpublish") status = "DRAFT";
    const publishedAt = status === "PUBLISHED" ? (old?.publishedAt ?? now) : (old?.publishedAt ?? null);
    const data = { title: text.title, summary: text.summary, body: text.body, venue: text.venue, status, publishedAt };
    await tx.meetingTranslation.upsert({
      where: { meetingId_locale: { meetingId, locale: text.locale } },
      create: { meetingId, locale: text.locale, ...data },
      update: data,
    });
  }
}

/**
 * Saves the whole form. Publishing a translation of a draft meeting publishes
 * the meeting too: a published text on an unpublished meeting would show nowhere.
 */
export async function updateMeeting({ actor, id, version, intent, input }: { actor: Actor; id: string; version: number; intent: MeetingIntent; input: MeetingInput }) {
  return prisma.$transaction(async (tx) => {
    const actions = intent.kind === "save" ? (["meeting.update"] as const) : (["meeting.update", "meeting.publish"] as const);
    const row = await claimMeeting(tx, actor, id, version, [...actions]);
    const before = { ...(await snapshot(tx, id)), version };
    const regionId = actor.role === "ADMIN" ? input.regionId : (input.regionId ?? row.regionId);
    // Moving a meeting is allowed only into a region the actor works in.
    if (regionId !== row.regionId) assertCan(actor, "meeting.update", { regionId });
    const slug = input.slug ?? before.slug;
    await checkMeetingReferences(tx, actor, { ...input, regionId, slug }, { ...before, id });
    await writeTranslations(tx, id, input, intent, before.translations);
    const publishMeeting = intent.kind === "publish" && before.status === "DRAFT";
    await tx.meeting.update({
      where: { id },
      data: {
        ...meetingFields({ ...input, regionId }),
        slug,
        ...(publishMeeting ? { status: "PUBLISHED", publishedAt: before.publishedAt ?? new Date() } : {}),
      },
    });
    const after = await snapshot(tx, id);
    const action = intent.kind === "save" ? "meeting.update" : `meeting.${intent.kind}Translation`;
    await writeAudit(tx, { actorId: actor.id, action, entityType: "Meeting", entityId: id, before, after });
    const placeTags = await writeCityNames(tx, actor.id, input.countryCode, input.city, input.cityNames);
    return { id, slug: after.slug, version: after.version, status: after.status, tags: [...meetingTags(id, before.status, after.status), ...placeTags] };
  });
}

/** Draft → published → archived, and back to draft (unpublish). */
export async function setMeetingStatus({ actor, id, version, status }: { actor: Actor; id: string; version: number; status: MeetingStatus }) {
  return prisma.$transaction(async (tx) => {
    await claimMeeting(tx, actor, id, version, "meeting.publish");
    const before = await tx.meeting.findUniqueOrThrow({ where: { id }, select: { status: true, publishedAt: true } });
    const after = await tx.meeting.update({
      where: { id },
      data: { status, ...(status === "PUBLISHED" && !before.publishedAt ? { publishedAt: new Date() } : {}) },
      select: { status: true, publishedAt: true, version: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.status", entityType: "Meeting", entityId: id, before, after });
    return { id, status: after.status, version: after.version, tags: meetingTags(id, before.status, after.status) };
  });
}
