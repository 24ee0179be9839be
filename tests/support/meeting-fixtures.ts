// Meetings made for staff tests: a fresh Europe meeting per test (so no test
// depends on another's changes) and the FormData the editor's forms send.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { SEED_SLUGS } from "@/prisma/seed/keys";

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
export async function createEuropeMeeting({ status = "DRAFT" as "DRAFT" | "PUBLISHED" | "ARCHIVED", published = false } = {}) {
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
      translations: { create: [{ locale: "en", title: `Fixture meeting ${suffix}`, summary: "A meeting made for a test.", status: published ? "PUBLISHED" : "DRAFT" }] },
      agendaItems: {
        create: [
          { position: 0, translations: { create: [{ locale: "en", title: "Opening" }] } },
          { position: 1, translations: { create: [{ locale: "en", title: "Reports of the centres" }] } },
        ],
      },
      outcomes: {
        create: [
          { position: 0, kind: "OUTCOME", translations: { create: [{ locale: "en", text: "The centres shared their plans." }] } },
          { position: 1, kind: "DECISION", translations: { create: [{ locale: "en", text: "A joint plan will be drafted." }] } },
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

export function toFormData(values: Record<string, string | number | undefined>): FormData {
  const formData = new FormData();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) formData.set(key, String(value));
  return formData;
}

/** The fields of the meeting form, with valid defaults for a meeting in Bishkek. */
export function meetingFields(refs: Awaited<ReturnType<typeof europeRefs>>, overrides: Record<string, string | number | undefined> = {}) {
  return {
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
    title_en: `Test meeting ${uniqueSuffix()}`,
    summary_en: "Structures of the region meet in Bishkek.",
    body_en: "The meeting reviews the **joint action plan**.",
    venue_en: "Conference hall of the RTC",
    ...overrides,
  };
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
