"use server";

import { getTranslations } from "next-intl/server";
import {
  deleteOrganization,
  mergeOrganization,
  updateOrganization,
} from "@/lib/data/organizations/manage-organizations";
import { deleteOrganizationSchema, mergeOrganizationSchema, organizationSchema } from "@/lib/validation/organizations";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

// Organizations (administrators only): edit, merge a duplicate into another,
// delete an unused one. Merge and delete are posted from their confirmation pages.

const mayManage = () => ({ action: "organization.manage" as const });
const tags = (result: { tags: string[] }) => result.tags;

export async function updateOrganizationAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: organizationSchema,
    authorize: mayManage,
    run: (actor, input) => updateOrganization({ actor, input }),
    tags,
  });
}

export async function mergeOrganizationAction(_previous: FormState, formData: FormData) {
  const t = await getTranslations("StaffOrganizations");
  return runAction(formData, {
    schema: mergeOrganizationSchema,
    authorize: mayManage,
    run: (actor, { id, version, intoId }) => mergeOrganization({ actor, id, version, intoId }),
    tags,
    successMessage: t("merged"),
    redirectTo: (result) => `/staff/organizations/${result.id}?merged=1`,
  });
}

export async function deleteOrganizationAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: deleteOrganizationSchema,
    authorize: mayManage,
    run: (actor, { id, version }) => deleteOrganization({ actor, id, version }),
    tags,
    redirectTo: () => `/staff/organizations?deleted=1`,
  });
}
