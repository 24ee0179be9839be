"use server";

import { can } from "@/lib/auth/permissions";
import { createStructure, updateStructure } from "@/lib/data/staff/structures";
import { structureScopeOf } from "@/lib/data/staff/structures-read";
import { structureCreateSchema, structureSchema } from "@/lib/validation/structures";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";
import { readImageField } from "./uploads";

export async function updateStructureAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: structureSchema,
    authorize: async (actor, data) => {
      const scope = await structureScopeOf(data.id);
      return !scope || can(actor, "structure.update", scope);
    },
    run: async (actor, { logo, ...input }) => updateStructure({ actor, input, logo: await readImageField(logo, "logo") }),
    tags: (result) => result.tags,
  });
}

export async function createStructureAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: structureCreateSchema,
    authorize: (actor) => can(actor, "structure.create"),
    run: (actor, input) => createStructure({ actor, input }),
    tags: (result) => result.tags,
  });
}
