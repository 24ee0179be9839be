"use server";

import { createStructure, updateStructure } from "@/lib/data/structures/save-structure";
import { structureScopeOf } from "@/lib/data/structures/list-staff-structures";
import { structureCreateSchema, structureSchema } from "@/lib/validation/structures";
import type { FormState } from "./form-state";
import { resultTags, runAction } from "./run-action";
import { readImageField } from "./uploads";

export async function updateStructureAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: structureSchema,
    authorize: async (_actor, data) => ({ action: "structure.update", scope: await structureScopeOf(data.id) }),
    run: async (actor, { logo, ...input }) =>
      updateStructure({ actor, input, logo: await readImageField(logo, "logo") }),
    tags: (result) => result.tags,
  });
}

/** Administrators: a new structure, then its profile editor (a redirect from the server). */
export async function createStructureAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: structureCreateSchema,
    authorize: () => ({ action: "structure.create" }),
    run: (actor, { formToken, ...input }) => createStructure({ actor, input, formToken }),
    tags: resultTags,
    redirectTo: (result) => `/staff/structures/${result.id}?created=1`,
  });
}
