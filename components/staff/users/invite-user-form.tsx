"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { inviteUserAction } from "@/lib/actions/users";
import type { ScopeOption } from "@/lib/data/staff/user-list";
import { TextField } from "@/components/ui/form-fields";
import { ActionAlert } from "./action-alert";
import { UserFields } from "./user-fields";

const text = (value: unknown, fallback = "") => (typeof value === "string" ? value : fallback);

export function InviteUserForm({ scopes, defaultLocale }: { scopes: ScopeOption[]; defaultLocale: string }) {
  const t = useTranslations("StaffUsers");
  const forms = useTranslations("Forms");
  const [state, action, pending] = useActionState(inviteUserAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  // A new key re-creates the fields: empty after an invitation, the typed values after an error.
  const formKey = state?.ok ? `sent-${state.data?.id}` : JSON.stringify(values);
  return (
    <div className="space-y-5">
      <ActionAlert state={state}>
        {state?.ok && state.data ? (
          <>
            {state.data.mailed ? null : <p className="mt-2 font-medium">{t("mailFailed")}</p>}
            <p className="mt-2">
              <Link href={`/staff/users/${state.data.id}`} className="font-medium underline">
                {t("openAccount", { name: state.data.name })}
              </Link>
            </p>
          </>
        ) : null}
      </ActionAlert>
      <form key={formKey} action={action} noValidate className="grid gap-5 md:grid-cols-2">
        <TextField name="email" type="email" label={t("email")} autoComplete="off" defaultValue={text(values.email)} errors={errors.email} required maxLength={254} dir="ltr" />
        <UserFields
          scopes={scopes}
          errors={errors}
          values={{
            name: text(values.name),
            role: text(values.role, "ROCB_STAFF"),
            structureId: text(values.structureId),
            preferredLocale: text(values.preferredLocale, defaultLocale),
          }}
        />
        <div className="md:col-span-2">
          <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
            {pending ? forms("saving") : t("invite")}
          </button>
        </div>
      </form>
    </div>
  );
}
