"use server";

import { meetingScopeOf } from "@/lib/data/meetings/claim-meeting";
import { linkMeetings, unlinkMeetings } from "@/lib/data/meetings/link-meetings";
import { relationRemoveSchema, relationSchema } from "@/lib/validation/meeting-items";
import { mayEditMeeting, partTags as tags } from "./authorize";
import type { FormState } from "./form-state";
import { runAction, type Permission } from "./run-action";

/** A link shows on the public pages of both meetings: it needs the right to edit both. */
async function mayEditBoth(actor: unknown, data: { meetingId: string; targetId: string }): Promise<Permission[]> {
  return [await mayEditMeeting(actor, data), { action: "meeting.update", scope: await meetingScopeOf(data.targetId) }];
}

export async function linkMeetingAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: relationSchema,
    authorize: mayEditBoth,
    run: (actor, data) => linkMeetings({ actor, ...data }),
    tags,
  });
}

export async function unlinkMeetingAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: relationRemoveSchema,
    authorize: mayEditBoth,
    run: (actor, data) => unlinkMeetings({ actor, ...data }),
    tags,
  });
}
