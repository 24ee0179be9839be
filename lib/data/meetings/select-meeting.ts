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

/** The facts of a meeting's page, its editor and its audit snapshot. */
export const meetingFactFields = {
  ...meetingRowFields,
  kind: true,
  number: true,
  format: true,
  city: true,
  countryCode: true,
} as const satisfies Prisma.MeetingSelect;
