"use server";

import { meetingScopeOf } from "@/lib/data/meetings/claim-meeting";
import { reviewMeetingPublication, setMeetingPublication } from "@/lib/data/meetings/publish-meeting";
import { createMeeting, regionFor, updateMeeting } from "@/lib/data/meetings/save-meeting";
import { deleteDraftMeeting } from "@/lib/data/meetings/delete-meeting";
import { deleteDraftSchema } from "@/lib/validation/form-fields";
import { getTranslations } from "next-intl/server";
import { meetingSchema, meetingUpdateSchema } from "@/lib/validation/meetings";
import type { FormState } from "./form-state";
import { publicationStep } from "./publication";
import { resultTags, runAction } from "./run-action";

// The meeting form's actions. `authorize` names the permission and the
// record's scope; the data functions decide again inside their queries.

/** Creates a draft and opens its editor (a redirect from the server). */
export async function createMeetingAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: meetingSchema,
    authorize: (actor, { input }) => ({ action: "meeting.create", scope: { regionId: regionFor(actor, input) } }),
    run: (actor, { input, formToken }) => createMeeting({ actor, input, formToken }),
    tags: resultTags,
    redirectTo: (result) =>
      `/staff/meetings/${result.id}?created=1${"citySuggested" in result && result.citySuggested ? "&cityNames=suggested" : ""}`,
  });
}

export async function updateMeetingAction(_previous: FormState, formData: FormData) {
  const t = await getTranslations("StaffMeetings");
  const result = await runAction(formData, {
    schema: meetingUpdateSchema,
    authorize: async (_actor, data) => ({ action: "meeting.update", scope: await meetingScopeOf(data.id) }),
    run: (actor, data) => updateMeeting({ actor, ...data }),
    tags: (result) => result.tags,
  });
  // Names the author may not write alone went to an administrator: say so.
  if (result?.ok && result.data?.citySuggested) return { ...result, message: t("savedCityNamesSuggested") };
  return result;
}

/** The publishing panel: review what becomes public, then confirm. */
export async function changeMeetingPublicationAction(_previous: FormState, formData: FormData) {
  return publicationStep(formData, {
    action: "meeting.publish",
    scopeOf: meetingScopeOf,
    review: reviewMeetingPublication,
    apply: setMeetingPublication,
  });
}

/** Deletes a draft meeting, from its confirmation page; then the list of meetings. */
export async function deleteMeetingAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: deleteDraftSchema,
    authorize: async (_actor, data) => ({ action: "meeting.delete", scope: await meetingScopeOf(data.id) }),
    run: (actor, { id, version }) => deleteDraftMeeting({ actor, id, version }),
    tags: (result) => result.tags,
    redirectTo: () => "/staff/meetings?deleted=1",
  });
}
