// Meetings made for staff tests: a fresh Europe meeting per test (so no test
// depends on another's changes) and the FormData the editor's forms send.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { changeMeetingPublicationAction } from "@/lib/actions/meetings";
import { newFormToken } from "@/lib/data/create-once";
import type { AppLocale } from "@/i18n/routing";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { formDataOf } from "./form-data";

export const uniqueSuffix = () => randomBytes(4).toString("hex");

export async function europeRefs() {
  const [region, host, organizer] = await Promise.all([
    prisma.region.findUniqueOrThrow({ where: { code: "EUR" }, select: { id: true } }),
    prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rtcBishkek }, select: { id: true } }),
    prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rocbEurope }, select: { id: true } }),
  ]);
  return { regionId: region.id, hostStructureId: host.id, organizerStructureId: organizer.id };
}

/** A Europe meeting hosted by RTC Bishkek, with two agenda items and two outcomes. */
export async function createEuropeMeeting({
  status = "DRAFT" as "DRAFT" | "PUBLISHED" | "ARCHIVED",
  published = false,
} = {}) {
  const refs = await europeRefs();
  const suffix = uniqueSuffix();
  return prisma.meeting.create({
    data: {
      slug: `fixture-meeting-${suffix}`,
      kind: "WORKSHOP",
      status,
      startsAt: new Date("2027-03-01T03:00:00Z"),
      endsAt: new Date("2027-03-02T11:00:00Z"),
      timeZone: "Asia/Bishkek",
      city: "Bishkek",
      countryCode: "KG",
      ...refs,
      translations: {
        create: [
          {
            locale: "en",
            title: `Fixture meeting ${suffix}`,
            summary: "A meeting made for a test.",
            status: published ? "PUBLISHED" : "DRAFT",
          },
        ],
      },
      agendaItems: {
        create: [
          { position: 0, translations: { create: [{ locale: "en", title: "Opening" }] } },
          { position: 1, translations: { create: [{ locale: "en", title: "Reports of the centres" }] } },
        ],
      },
      outcomes: {
        create: [
          {
            position: 0,
            kind: "OUTCOME",
            translations: { create: [{ locale: "en", text: "The centres shared their plans." }] },
          },
          {
            position: 1,
            kind: "DECISION",
            translations: { create: [{ locale: "en", text: "A joint plan will be drafted." }] },
          },
        ],
      },
    },
    select: {
      id: true,
      slug: true,
      version: true,
      agendaItems: { orderBy: { position: "asc" }, select: { id: true } },
      outcomes: { orderBy: { position: "asc" }, select: { id: true } },
    },
  });
}

/** The FormData a form sends (the one builder of the tests: tests/support/form-data.ts). */
export const toFormData = formDataOf;

/** The fields of the "new meeting" form (a fresh one-time token each), with valid defaults for a meeting in Bishkek. */
export function meetingFields(
  refs: Awaited<ReturnType<typeof europeRefs>>,
  overrides: Record<string, string | number | undefined> = {},
) {
  return {
    formToken: newFormToken(),
    kind: "REGIONAL_STRUCTURES_MEETING",
    startDate: "2027-04-12",
    startTime: "09:00",
    endDate: "2027-04-15",
    endTime: "17:00",
    timeZone: "Asia/Bishkek",
    format: "IN_PERSON",
    city: "Bishkek",
    countryCode: "KG",
    regionId: refs.regionId,
    hostStructureId: refs.hostStructureId,
    organizerStructureId: refs.organizerStructureId,
    slug: "",
    publishAt: "",
    "t.en.title": `Test meeting ${uniqueSuffix()}`,
    "t.en.summary": "Structures of the region meet in Bishkek.",
    "t.en.body": "The meeting reviews the **joint action plan**.",
    "t.en.venue": "Conference hall of the RTC",
    ...overrides,
  };
}

/** The details form of an existing meeting, as its editor would send it (texts of every saved language). */
export async function meetingEditForm(id: string, overrides: Record<string, string | number | undefined> = {}) {
  const [refs, meeting] = await Promise.all([
    europeRefs(),
    prisma.meeting.findUniqueOrThrow({ where: { id }, include: { translations: true } }),
  ]);
  const texts = Object.fromEntries(
    meeting.translations.flatMap((t) =>
      (["title", "summary", "body", "venue"] as const).map((field) => [`t.${t.locale}.${field}`, t[field]]),
    ),
  );
  const { formToken: _token, ...fields } = meetingFields(refs, {
    "t.en.title": undefined,
    "t.en.summary": undefined,
    "t.en.body": undefined,
    "t.en.venue": undefined,
  });
  return toFormData({ ...fields, slug: meeting.slug, ...texts, id, version: meeting.version, ...overrides });
}

/** The publishing panel's confirmation (the review step changes nothing). */
export async function publishMeeting(
  id: string,
  change: "publish" | "languages" | "unpublish" | "archive" | "restore",
  locales: AppLocale[] = [],
) {
  const { version } = await prisma.meeting.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return changeMeetingPublicationAction(null, toFormData({ id, version, step: "confirm", change, locales }));
}

/** Everything a refused call must leave untouched: the meeting, its parts and its audit trail. */
export async function meetingSnapshot(id: string) {
  const [meeting, audit] = await Promise.all([
    prisma.meeting.findUnique({
      where: { id },
      include: {
        translations: { orderBy: { locale: "asc" } },
        agendaItems: { orderBy: { id: "asc" }, include: { translations: { orderBy: { locale: "asc" } } } },
        outcomes: { orderBy: { id: "asc" }, include: { translations: { orderBy: { locale: "asc" } } } },
        relatedFrom: { orderBy: { toMeetingId: "asc" } },
        relatedTo: { orderBy: { fromMeetingId: "asc" } },
      },
    }),
    prisma.auditLog.count({ where: { entityType: "Meeting", entityId: id } }),
  ]);
  return { meeting, audit };
}
