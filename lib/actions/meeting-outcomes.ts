"use server";

import { can } from "@/lib/auth/permissions";
import { addOutcome, moveOutcome, removeOutcome, updateOutcome } from "@/lib/data/staff/meeting-outcomes";
import { meetingItemMoveSchema, meetingItemRefSchema, outcomeSchema, outcomeUpdateSchema } from "@/lib/validation/meeting-items";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

const mayEdit = (actor: Parameters<typeof can>[0]) => can(actor, "meeting.create");

export async function addOutcomeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, { schema: outcomeSchema, authorize: mayEdit, run: (actor, data) => addOutcome({ actor, ...data }), tags: (r) => r.tags });
}

export async function updateOutcomeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, { schema: outcomeUpdateSchema, authorize: mayEdit, run: (actor, data) => updateOutcome({ actor, ...data }), tags: (r) => r.tags });
}

export async function removeOutcomeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, { schema: meetingItemRefSchema, authorize: mayEdit, run: (actor, data) => removeOutcome({ actor, ...data }), tags: (r) => r.tags });
}

export async function moveOutcomeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, { schema: meetingItemMoveSchema, authorize: mayEdit, run: (actor, data) => moveOutcome({ actor, ...data }), tags: (r) => r.tags });
}
