"use server";

import { can } from "@/lib/auth/permissions";
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from "@/lib/data/staff/meeting-agenda";
import { agendaItemSchema, agendaItemUpdateSchema, meetingItemMoveSchema, meetingItemRefSchema } from "@/lib/validation/meeting-items";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

const mayEdit = (actor: Parameters<typeof can>[0]) => can(actor, "meeting.create");

export async function addAgendaItemAction(_previous: FormState, formData: FormData) {
  return runAction(formData, { schema: agendaItemSchema, authorize: mayEdit, run: (actor, data) => addAgendaItem({ actor, ...data }), tags: (r) => r.tags });
}

export async function updateAgendaItemAction(_previous: FormState, formData: FormData) {
  return runAction(formData, { schema: agendaItemUpdateSchema, authorize: mayEdit, run: (actor, data) => updateAgendaItem({ actor, ...data }), tags: (r) => r.tags });
}

export async function removeAgendaItemAction(_previous: FormState, formData: FormData) {
  return runAction(formData, { schema: meetingItemRefSchema, authorize: mayEdit, run: (actor, data) => removeAgendaItem({ actor, ...data }), tags: (r) => r.tags });
}

export async function moveAgendaItemAction(_previous: FormState, formData: FormData) {
  return runAction(formData, { schema: meetingItemMoveSchema, authorize: mayEdit, run: (actor, data) => moveAgendaItem({ actor, ...data }), tags: (r) => r.tags });
}
