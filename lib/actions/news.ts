"use server";

import { can } from "@/lib/auth/permissions";
import { renderMarkdown } from "@/lib/content/markdown";
import { createNewsArticle, updateNewsArticle } from "@/lib/data/staff/news";
import { newsScopeOf } from "@/lib/data/staff/news-read";
import { markdownPreviewSchema, newsCreateSchema, newsSchema } from "@/lib/validation/news";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";
import { readImageField } from "./uploads";

export async function createNewsAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: newsCreateSchema,
    authorize: (actor, data) => can(actor, "news.create", { regionId: data.regionId ?? null }),
    run: async (actor, { image, ...input }) => createNewsArticle({ actor, input, image: await readImageField(image, "image") }),
    tags: (result) => result.tags,
  });
}

export async function updateNewsAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: newsSchema,
    authorize: async (actor, data) => {
      const scope = await newsScopeOf(data.id);
      return !scope || can(actor, "news.update", scope);
    },
    run: async (actor, { image, ...input }) => updateNewsArticle({ actor, input, image: await readImageField(image, "image") }),
    tags: (result) => result.tags,
  });
}

/** The editor's live preview: the same sanitized HTML the public page renders. */
export async function previewMarkdownAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: markdownPreviewSchema,
    authorize: (actor) => can(actor, "staff.enter"),
    run: async (_actor, { source }) => ({ html: renderMarkdown(source) }),
  });
}
