"use server";

import { addAgendaItem, removeAgendaItem, updateAgendaItem } from "@/lib/data/meetings/manage-agenda";
import { addSession, removeSession, updateSession } from "@/lib/data/meetings/manage-sessions";
import { moveMeetingChild } from "@/lib/data/meetings/move-meeting-child";
import {
  agendaItemSchema,
  agendaItemUpdateSchema,
  meetingItemMoveSchema,
  meetingItemRefSchema,
  sessionSchema,
  sessionUpdateSchema,
} from "@/lib/validation/meeting-items";
import { mayEditMeeting, partTags as tags } from "./authorize";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

export async function addAgendaItemAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: agendaItemSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => addAgendaItem({ actor, ...data }),
    tags,
  });
}

export async function updateAgendaItemAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: agendaItemUpdateSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => updateAgendaItem({ actor, ...data }),
    tags,
  });
}

export async function removeAgendaItemAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: meetingItemRefSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => removeAgendaItem({ actor, ...data }),
    tags,
  });
}

export async function moveAgendaItemAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: meetingItemMoveSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => moveMeetingChild({ actor, ...data, list: "agenda" }),
    tags,
  });
}

export async function addSessionAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: sessionSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => addSession({ actor, ...data }),
    tags,
  });
}

export async function updateSessionAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: sessionUpdateSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => updateSession({ actor, ...data }),
    tags,
  });
}

export async function removeSessionAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: meetingItemRefSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => removeSession({ actor, ...data }),
    tags,
  });
}

export async function moveSessionAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: meetingItemMoveSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => moveMeetingChild({ actor, ...data, list: "sessions" }),
    tags,
  });
}
