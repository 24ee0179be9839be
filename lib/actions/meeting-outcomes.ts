"use server";

import { moveMeetingChild } from "@/lib/data/meetings/move-meeting-child";
import { addOutcome, removeOutcome, updateOutcome } from "@/lib/data/meetings/manage-outcomes";
import {
  meetingItemMoveSchema,
  meetingItemRefSchema,
  outcomeSchema,
  outcomeUpdateSchema,
} from "@/lib/validation/meeting-items";
import { mayEditMeeting, partTags as tags } from "./authorize";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

export async function addOutcomeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: outcomeSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => addOutcome({ actor, ...data }),
    tags,
  });
}

export async function updateOutcomeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: outcomeUpdateSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => updateOutcome({ actor, ...data }),
    tags,
  });
}

export async function removeOutcomeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: meetingItemRefSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => removeOutcome({ actor, ...data }),
    tags,
  });
}

export async function moveOutcomeAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: meetingItemMoveSchema,
    authorize: mayEditMeeting,
    run: (actor, data) => moveMeetingChild({ actor, ...data, list: "outcomes" }),
    tags,
  });
}
