"use server";

import { getTranslations } from "next-intl/server";
import { runAction } from "./run-action";
import type { FormState } from "./form-state";
import { getConfig } from "@/lib/config";
import { FieldValidationError } from "@/lib/errors/app-errors";
import { deleteDocument, updateDocument, uploadDocument } from "@/lib/data/meetings/manage-documents";
import { moveMeetingChild } from "@/lib/data/meetings/move-meeting-child";
import { deleteDocumentSchema, updateDocumentSchema, uploadDocumentSchema } from "@/lib/validation/documents";
import { meetingItemMoveSchema } from "@/lib/validation/meeting-items";
import { mayEditMeeting as authorize, partTags as tags } from "./authorize";

/** Upload: the size is checked before the bytes are read, the type on the bytes themselves (in the data function). */
export async function uploadDocumentAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: uploadDocumentSchema,
    authorize,
    run: async (actor, data) => {
      const t = await getTranslations("StaffDocuments");
      const max = getConfig().UPLOAD_MAX_BYTES;
      if (data.file.size > max)
        throw new FieldValidationError({ file: [t("tooLarge", { max: Math.floor(max / (1024 * 1024)) })] });
      const bytes = new Uint8Array(await data.file.arrayBuffer());
      const { file, ...rest } = data;
      try {
        return await uploadDocument({ actor, ...rest, fileName: file.name, bytes });
      } catch (error) {
        if (error instanceof FieldValidationError && error.fieldErrors.file?.includes("fileType")) {
          throw new FieldValidationError({ file: [t("fileType")] });
        }
        throw error;
      }
    },
    tags,
  });
}

export async function updateDocumentAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: updateDocumentSchema,
    authorize,
    run: (actor, data) => updateDocument({ actor, ...data }),
    tags,
  });
}

export async function moveDocumentAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: meetingItemMoveSchema,
    authorize,
    run: (actor, data) => moveMeetingChild({ actor, ...data, list: "documents" }),
    tags,
  });
}

export async function deleteDocumentAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: deleteDocumentSchema,
    authorize,
    run: (actor, data) => deleteDocument({ actor, ...data }),
    tags,
  });
}
