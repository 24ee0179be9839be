"use server";

import { can } from "@/lib/auth/permissions";
import { linkMeetings, unlinkMeetings } from "@/lib/data/staff/meeting-relations";
import { relationRemoveSchema, relationSchema } from "@/lib/validation/meeting-items";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

const mayEdit = (actor: Parameters<typeof can>[0]) => can(actor, "meeting.create");

export async function linkMeetingAction(_previous: FormState, formData: FormData) {
  return runAction(formData, { schema: relationSchema, authorize: mayEdit, run: (actor, data) => linkMeetings({ actor, ...data }), tags: (r) => r.tags });
}

export async function unlinkMeetingAction(_previous: FormState, formData: FormData) {
  return runAction(formData, { schema: relationRemoveSchema, authorize: mayEdit, run: (actor, data) => unlinkMeetings({ actor, ...data }), tags: (r) => r.tags });
}
