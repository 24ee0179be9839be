"use server";

import { runAction } from "./run-action";
import type { FormState } from "./form-state";
import { csvReportError, translateAttendeeErrors } from "./attendee-errors";
import { addAttendee, removeAttendee, updateAttendee } from "@/lib/data/meetings/manage-attendees";
import { moveMeetingChild } from "@/lib/data/meetings/move-meeting-child";
import { CsvRowsError, importAttendees } from "@/lib/data/meetings/import-attendees";
import { csvMaxBytes, parseAttendeeCsv } from "@/lib/csv/attendee-csv";
import {
  attendeeSchema,
  importAttendeesSchema,
  removeAttendeeSchema,
  updateAttendeeSchema,
} from "@/lib/validation/attendees";
import { meetingItemMoveSchema } from "@/lib/validation/meeting-items";
import { mayEditMeeting as authorize, partTags as tags } from "./authorize";

export async function addAttendeeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: attendeeSchema,
    authorize,
    run: (actor, data) =>
      translateAttendeeErrors(addAttendee({ actor, meetingId: data.meetingId, version: data.version, input: data })),
    tags,
  });
}

export async function updateAttendeeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: updateAttendeeSchema,
    authorize,
    run: (actor, data) =>
      translateAttendeeErrors(
        updateAttendee({
          actor,
          meetingId: data.meetingId,
          version: data.version,
          attendeeId: data.attendeeId,
          input: data,
        }),
      ),
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
    schema: meetingItemMoveSchema,
    authorize,
    run: (actor, data) => moveMeetingChild({ actor, ...data, list: "attendees" }),
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
