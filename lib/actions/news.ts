"use server";

import {
  createNewsArticle,
  reviewNewsPublication,
  setNewsPublication,
  updateNewsArticle,
} from "@/lib/data/news/save-news";
import { newsScopeOf } from "@/lib/data/news/list-staff-news";
import { deleteDraftNews } from "@/lib/data/news/delete-news";
import { deleteDraftSchema } from "@/lib/validation/form-fields";
import { newsCreateSchema, newsSchema } from "@/lib/validation/news";
import type { FormState } from "./form-state";
import { publicationStep } from "./publication";
import { resultTags, runAction } from "./run-action";
import { readImageField } from "./uploads";

/** Creates a draft article and opens its editor (a redirect from the server). */
export async function createNewsAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: newsCreateSchema,
    authorize: (_actor, data) => ({ action: "news.create", scope: { regionId: data.regionId ?? null } }),
    run: async (actor, { image, formToken, ...input }) =>
      createNewsArticle({ actor, input, formToken, image: await readImageField(image, "image") }),
    tags: resultTags,
    redirectTo: (result) => `/staff/news/${result.id}?created=1`,
  });
}

export async function updateNewsAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: newsSchema,
    authorize: async (_actor, data) => ({ action: "news.update", scope: await newsScopeOf(data.id) }),
    run: async (actor, { image, ...input }) =>
      updateNewsArticle({ actor, input, image: await readImageField(image, "image") }),
    tags: (result) => result.tags,
  });
}

/** The publishing panel of an article: review what becomes public, then confirm. */
export async function changeNewsPublicationAction(_previous: FormState, formData: FormData) {
  return publicationStep(formData, {
    action: "news.publish",
    scopeOf: newsScopeOf,
    review: reviewNewsPublication,
    apply: setNewsPublication,
  });
}

/** Deletes a draft article, from its confirmation page; then the list of articles. */
export async function deleteNewsAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: deleteDraftSchema,
    authorize: async (_actor, data) => ({ action: "news.delete", scope: await newsScopeOf(data.id) }),
    run: (actor, { id, version }) => deleteDraftNews({ actor, id, version }),
    tags: (result) => result.tags,
    redirectTo: () => "/staff/news?deleted=1",
  });
}
