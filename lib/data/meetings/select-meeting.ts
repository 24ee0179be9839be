import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

// The columns of a meeting that several reads share, named once.

/** When and which: every list of meetings (staff list, related meetings). */
export const meetingRowFields = {
  id: true,
  slug: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
} as const satisfies Prisma.MeetingSelect;

/** What the public page and the editor show of a document (never its storage key). */
export const documentFields = {
  id: true,
  title: true,
  language: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  kind: true,
  agendaItemId: true,
} as const satisfies Prisma.MeetingDocumentSelect;

/** The facts of a meeting's page, its editor and its audit snapshot. */
export const meetingFactFields = {
  ...meetingRowFields,
  kind: true,
  number: true,
  format: true,
  city: true,
  countryCode: true,
} as const satisfies Prisma.MeetingSelect;
