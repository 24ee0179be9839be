// Documents of a meeting: upload, rename, move, delete.
import { z } from "zod";
import { locales } from "@/i18n/routing";
import { meetingRefSchema, uploadedFileSchema } from "./attendees";
import { lineString } from "./text-rules";

const id = lineString().min(1).max(40);

const documentFields = z.object({
  title: lineString().min(1).max(200),
  language: z.enum(locales),
});

/** Type (by content) and size are checked on the bytes, in the action and the data function. */
export const uploadDocumentSchema = meetingRefSchema.extend(documentFields.shape).extend({ file: uploadedFileSchema });

export const updateDocumentSchema = meetingRefSchema.extend(documentFields.shape).extend({ documentId: id });

export const moveDocumentSchema = meetingRefSchema.extend({ documentId: id, direction: z.enum(["up", "down"]) });

export const deleteDocumentSchema = meetingRefSchema.extend({ documentId: id });
