// The follow-up of a decision, recorded on the meeting's outcomes tab: what
// kind of decision it is, who is responsible, when it is due, where it
// stands, and what carried it out. The form carries the decision's own
// version (a stale page cannot overwrite a newer follow-up) and its
// meeting (the permission's scope).
import { idList, nullableId, optionalDate, recordId, version, z } from "./form-fields";
import { decisionKinds, decisionStatuses } from "./decision-filters";

const optionalSlug = z
  .string()
  .trim()
  .max(200)
  .regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)?$/, { message: "slugFormat" })
  .default("");

export const decisionFollowUpSchema = z.object({
  meetingId: recordId,
  decisionId: recordId,
  version,
  decisionKind: z.enum(decisionKinds),
  status: z.enum(decisionStatuses),
  dueOn: optionalDate,
  responsible: idList,
  followUpMeetingId: nullableId,
  followUpNewsSlug: optionalSlug,
  followUpDocumentId: nullableId,
});

export type DecisionFollowUp = z.output<typeof decisionFollowUpSchema>;
