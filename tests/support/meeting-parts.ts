// Fixtures for the attendees and documents of a meeting: a fresh meeting per
// test (so every case starts clean), snapshots of what the actions may change,
// FormData builders and sample files.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { attendeeSnapshotSelect } from "@/lib/data/meetings/manage-attendees";
import { SEED_SLUGS } from "@/prisma/seed/keys";

/** A draft meeting of the given region with two attendees (one with a private person) and two documents. */
export async function createTestMeeting(regionCode = "EUR") {
  const suffix = randomBytes(4).toString("hex");
  const [region, rocb, rtc, wco] = await Promise.all([
    prisma.region.findUniqueOrThrow({ where: { code: regionCode } }),
    prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rocbEurope } }),
    prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rtcBishkek } }),
    prisma.organization.findUniqueOrThrow({ where: { slug: SEED_SLUGS.wcoSecretariat } }),
  ]);
  return prisma.meeting.create({
    data: {
      slug: `test-meeting-${suffix}`,
      kind: "WORKSHOP",
      startsAt: new Date("2030-03-01T08:00:00Z"),
      endsAt: new Date("2030-03-02T16:00:00Z"),
      timeZone: "Europe/Brussels",
      regionId: region.id,
      translations: { create: { locale: "en", title: `Test meeting ${suffix}` } },
      attendees: {
        create: [
          { role: "ORGANIZER", position: 0, structureId: rocb.id },
          {
            role: "PARTICIPANT",
            position: 1,
            structureId: rtc.id,
            people: {
              create: [
                {
                  position: 0,
                  fullName: "Private Person",
                  email: "private.person@example.org",
                  phone: "+996 555 000 111",
                },
              ],
            },
          },
          { role: "SPEAKER", position: 2, organizationId: wco.id },
        ],
      },
      documents: {
        create: [
          {
            position: 0,
            title: "Agenda",
            language: "en",
            storageKey: `documents/test/${suffix}-a.pdf`,
            fileName: "agenda.pdf",
            mimeType: "application/pdf",
            sizeBytes: 10,
          },
          {
            position: 1,
            title: "Report",
            language: "fr",
            storageKey: `documents/test/${suffix}-b.pdf`,
            fileName: "report.pdf",
            mimeType: "application/pdf",
            sizeBytes: 10,
          },
        ],
      },
    },
    include: { attendees: { orderBy: { position: "asc" } }, documents: { orderBy: { position: "asc" } } },
  });
}

/** Everything an attendee mutation may change (the meeting's version, its attendees and people, organizations, audit). */
export async function attendeeSnapshot(meetingId: string) {
  const [meeting, organizations, audit] = await Promise.all([
    prisma.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: {
        version: true,
        attendees: {
          orderBy: { position: "asc" },
          select: attendeeSnapshotSelect,
        },
      },
    }),
    prisma.organization.count(),
    prisma.auditLog.count({ where: { entityId: meetingId } }),
  ]);
  return { meeting, organizations, audit };
}

export async function documentSnapshot(meetingId: string) {
  const [meeting, audit] = await Promise.all([
    prisma.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: {
        version: true,
        documents: {
          orderBy: { position: "asc" },
          select: { id: true, title: true, language: true, position: true, storageKey: true, fileName: true },
        },
      },
    }),
    prisma.auditLog.count({ where: { entityId: meetingId } }),
  ]);
  return { meeting, audit };
}

/** The one FormData builder of the tests (re-exported for the files that import it from here). */
export { formDataOf } from "./form-data";

/** A tiny but well-formed PDF. */
export function samplePdf(name = "minutes.pdf"): File {
  const body =
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  return new File([body], name, { type: "application/pdf" });
}

/** A Windows executable with a .pdf name and type: refused by content. */
export function exeRenamedPdf(): File {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  return new File([bytes], "agenda.pdf", { type: "application/pdf" });
}

export function csvFile(text: string, name = "attendees.csv"): File {
  return new File([text], name, { type: "text/csv" });
}
