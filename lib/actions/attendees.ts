"use server";

import { runAction } from "./run-action";
import type { FormState } from "./form-state";
import { csvReportError, translateAttendeeErrors } from "./attendee-errors";
import { mayEditMeeting } from "@/lib/data/staff/meeting-lock";
import { addAttendee, moveAttendee, removeAttendee, updateAttendee } from "@/lib/data/staff/attendee-mutations";
import { CsvRowsError, importAttendees } from "@/lib/data/staff/attendee-import";
import { csvMaxBytes, parseAttendeeCsv } from "@/lib/csv/attendee-csv";
import {
  attendeeSchema,
  importAttendeesSchema,
  moveAttendeeSchema,
  removeAttendeeSchema,
  updateAttendeeSchema,
} from "@/lib/validation/attendees";

const authorize = (actor: Parameters<typeof mayEditMeeting>[0], data: { meetingId: string }) => mayEditMeeting(actor, data.meetingId);
const tags = (result: { tags: string[] }) => result.tags;

export async function addAttendeeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: attendeeSchema,
    authorize,
    run: (actor, data) => translateAttendeeErrors(addAttendee({ actor, meetingId: data.meetingId, version: data.version, input: data })),
    tags,
  });
}

export async function updateAttendeeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: updateAttendeeSchema,
    authorize,
    run: (actor, data) =>
      translateAttendeeErrors(updateAttendee({ actor, meetingId: data.meetingId, version: data.version, attendeeId: data.attendeeId, input: data })),
    tags,
  });
}

export async function removeAttendeeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: removeAttendeeSchema,
    authorize,
    run: (actor, data) => removeAttendee({ actor, ...data }),
    tags,
  });
}

export async function moveAttendeeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: moveAttendeeSchema,
    authorize,
    run: (actor, data) => moveAttendee({ actor, ...data }),
    tags,
  });
}

/** CSV import: every row is checked first; any bad row means a row-by-row report and nothing saved. */
export async function importAttendeesAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: importAttendeesSchema,
    authorize,
    run: async (actor, data) => {
      if (data.file.size > csvMaxBytes) throw await csvReportError({ fileError: "tooLarge", issues: [] });
      const parsed = parseAttendeeCsv(new Uint8Array(await data.file.arrayBuffer()));
      if (!parsed.ok) throw await csvReportError(parsed);
      try {
        return await importAttendees({ actor, meetingId: data.meetingId, version: data.version, rows: parsed.rows });
      } catch (error) {
        if (error instanceof CsvRowsError) throw await csvReportError({ issues: error.issues });
        throw error;
      }
    },
    tags,
  });
}
