// Documents of a meeting: upload, rename, delete (moves: meetingItemMoveSchema).
import { locales } from "@/i18n/routing";
import { checkbox, nullableId, recordId, requiredFile, z } from "./form-fields";
import { meetingRefSchema } from "./attendees";
import { lineString } from "./text-rules";

/** What a document is (MeetingDocumentKind). */
export const documentKindValues = ["PRESENTATION", "REPORT", "MINUTES", "PHOTO", "OTHER"] as const;

const documentFields = z.object({
  title: lineString().min(1).max(200),
  language: z.enum(locales),
  kind: z.enum(documentKindValues).default("OTHER"),
  /** The agenda item the document belongs to; none: the meeting as a whole. */
  agendaItemId: nullableId,
  /** Ticked: staff only (never public); absent: public with the meeting. */
  staffOnly: checkbox,
});

/** Type (by content) and size are checked on the bytes, in the action and the data function. */
export const uploadDocumentSchema = meetingRefSchema.extend(documentFields.shape).extend({ file: requiredFile });

export const updateDocumentSchema = meetingRefSchema.extend(documentFields.shape).extend({ documentId: recordId });

export const deleteDocumentSchema = meetingRefSchema.extend({ documentId: recordId });
