"use client";

import { useTranslations } from "next-intl";
import { inviteUserAction } from "@/lib/actions/users";
import type { ScopeOption } from "@/lib/data/users/list-users";
import { TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { UserFields } from "./user-fields";
import { buttonClass } from "@/components/ui/button";

/**
 * Invites a person; the account page opens once the invitation is sent. The
 * defaults are a valid pair (ROCB staff of the first ROCB), so the form never
 * fails on what it proposes.
 */
export function InviteUserForm({
  scopes,
  defaultLocale,
  formToken,
}: {
  scopes: ScopeOption[];
  defaultLocale: string;
  formToken: string;
}) {
  const t = useTranslations("StaffUsers");
  const forms = useTranslations("Forms");
  const firstRocb = scopes.find((s) => s.kind === "ROCB")?.id ?? "";
  const { state, formAction, pending, errors, value } = useEditorForm(inviteUserAction, {
    role: "ROCB_STAFF",
    structureId: firstRocb,
    preferredLocale: defaultLocale,
  });
  const labels = {
    email: t("email"),
    name: t("name"),
    role: t("role"),
    structureId: t("scope"),
    preferredLocale: t("preferredLocale"),
  };
  // A new key re-creates the fields with what was sent after a refusal.
  const key = state && !state.ok ? JSON.stringify(state.values) : "blank";
  return (
    <div className="space-y-5">
      <FormAlert state={state} labels={labels} />
      <form key={key} action={formAction} noValidate className="grid gap-5 md:grid-cols-2">
        <input type="hidden" name="formToken" value={formToken} />
        <TextField
          name="email"
          type="email"
          label={t("email")}
          autoComplete="off"
          defaultValue={value("email")}
          errors={errors.email}
          required
          maxLength={254}
          dir="ltr"
        />
        <UserFields
          scopes={scopes}
          errors={errors}
          values={{
            name: value("name"),
            role: value("role"),
            structureId: value("structureId"),
            preferredLocale: value("preferredLocale"),
          }}
        />
        <div className="md:col-span-2">
          <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
            {pending ? forms("saving") : t("invite")}
          </button>
        </div>
      </form>
    </div>
  );
}
