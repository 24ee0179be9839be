// One matrix case per attendee mutation: each cell gets a fresh Europe meeting.
import { prisma } from "@/lib/db/client";
import {
  addAttendeeAction,
  importAttendeesAction,
  moveAttendeeAction,
  removeAttendeeAction,
  updateAttendeeAction,
} from "@/lib/actions/attendees";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { attendeeSnapshot, createTestMeeting, csvFile } from "../../support/meeting-parts";
import { formDataOf } from "../../support/form-data";
import { europeContent, type MatrixCase } from "./types";

async function prepareWith(
  fields: (
    meeting: Awaited<ReturnType<typeof createTestMeeting>>,
    structureId: string,
  ) => Record<string, string | number | Blob>,
) {
  const meeting = await createTestMeeting("EUR");
  const structure = await prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rtcMoscow } });
  return { formData: formDataOf(fields(meeting, structure.id)), snapshot: () => attendeeSnapshot(meeting.id) };
}

const person = {
  "people.0.fullName": "Matrix Person",
  "people.0.email": "matrix@example.org",
  "people.0.phone": "+32 2 000 00 00",
};

export const attendeesMatrixCases: MatrixCase[] = [
  {
    name: "attendee.add",
    action: addAttendeeAction,
    allowed: europeContent,
    prepare: () =>
      prepareWith((m, structureId) => ({
        meetingId: m.id,
        version: m.version,
        role: "PARTICIPANT",
        organizationChoice: "structure",
        structureId,
        ...person,
      })),
  },
  {
    name: "attendee.update",
    action: updateAttendeeAction,
    allowed: europeContent,
    prepare: () =>
      prepareWith((m, structureId) => ({
        meetingId: m.id,
        version: m.version,
        attendeeId: m.attendees[1].id,
        role: "CHAIR",
        organizationChoice: "structure",
        structureId,
        ...person,
      })),
  },
  {
    name: "attendee.remove",
    action: removeAttendeeAction,
    allowed: europeContent,
    prepare: () => prepareWith((m) => ({ meetingId: m.id, version: m.version, attendeeId: m.attendees[0].id })),
  },
  {
    name: "attendee.move",
    action: moveAttendeeAction,
    allowed: europeContent,
    prepare: () =>
      prepareWith((m) => ({ meetingId: m.id, version: m.version, itemId: m.attendees[0].id, direction: "down" })),
  },
  {
    name: "attendee.importCsv",
    action: importAttendeesAction,
    allowed: europeContent,
    prepare: () =>
      prepareWith((m) => ({
        meetingId: m.id,
        version: m.version,
        file: csvFile(
          "role,structure_slug,organization_name,person_name,email\nOBSERVER,rtc-moscow,,Matrix Person,matrix@example.org\nPARTNER,,WCO Secretariat,,\n",
        ),
      })),
  },
];
