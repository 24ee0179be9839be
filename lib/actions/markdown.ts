"use server";

import { renderMarkdown } from "@/lib/content/markdown";
import { markdownPreviewSchema } from "@/lib/validation/form-fields";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

/** The one live preview of every Markdown field: the same sanitized HTML the public pages render. */
export async function previewMarkdownAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: markdownPreviewSchema,
    authorize: () => ({ action: "staff.enter" }),
    run: async (_actor, { source }) => ({ html: renderMarkdown(source) }),
    refreshPage: false,
  });
}
