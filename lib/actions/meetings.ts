"use server";

import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { renderMarkdown } from "@/lib/content/markdown";
import { createMeeting, setMeetingStatus, updateMeeting } from "@/lib/data/staff/meetings";
import { meetingSchema, meetingStatusSchema, meetingUpdateSchema, textLimits } from "@/lib/validation/meetings";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

// The meeting form's actions. `authorize` is the cheap role check; the data
// functions decide on the record's own scope inside their transaction.

export async function createMeetingAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: meetingSchema,
    authorize: (actor, input) => can(actor, "meeting.create", { regionId: actor.role === "ADMIN" ? input.regionId : (input.regionId ?? actor.regionId) }),
    run: (actor, input) => createMeeting({ actor, input }),
    tags: (result) => result.tags,
  });
}

export async function updateMeetingAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: meetingUpdateSchema,
    authorize: (actor) => can(actor, "meeting.create"),
    run: (actor, data) => updateMeeting({ actor, ...data }),
    tags: (result) => result.tags,
  });
}

export async function setMeetingStatusAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: meetingStatusSchema,
    authorize: (actor) => can(actor, "meeting.create"),
    run: (actor, data) => setMeetingStatus({ actor, ...data }),
    tags: (result) => result.tags,
  });
}

const previewSchema = z.object({ source: z.string().max(textLimits.body) });

/** The live preview of a Markdown body: rendered and sanitized exactly as on the public page. */
export async function previewMeetingMarkdownAction(source: string) {
  return runAction({ source }, {
    schema: previewSchema,
    authorize: (actor) => can(actor, "meeting.create"),
    run: async (_actor, data) => renderMarkdown(data.source),
  });
}
