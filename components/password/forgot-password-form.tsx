"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "@/lib/actions/password";
import { TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";

export function ForgotPasswordForm({ locale }: { locale: string }) {
  const t = useTranslations("Password");
  const [state, action, pending] = useActionState(requestPasswordResetAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const email = state && !state.ok ? String(state.values?.email ?? "") : "";
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} labels={{ email: t("forgot.email") }} />
      <TextField
        name="email"
        type="email"
        label={t("forgot.email")}
        autoComplete="username"
        defaultValue={email}
        errors={errors.email}
        required
        maxLength={254}
        dir="ltr"
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("forgot.sending") : t("forgot.submit")}
      </button>
    </form>
  );
}
