"use server";

import { updateDecisionFollowUp } from "@/lib/data/decisions/manage-decisions";
import { meetingScopeOf } from "@/lib/data/meetings/claim-meeting";
import { decisionFollowUpSchema } from "@/lib/validation/decisions";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

/** Records a decision's follow-up (kind, responsible, due date, status, what carried it out). */
export async function saveDecisionFollowUpAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: decisionFollowUpSchema,
    authorize: async (_actor, data) => ({ action: "decision.update", scope: await meetingScopeOf(data.meetingId) }),
    run: (actor, data) => updateDecisionFollowUp({ actor, ...data }),
    tags: (result) => result.tags,
  });
}
