"use client";

import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "@/lib/actions/password";
import { TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { buttonClass } from "@/components/ui/button";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";

export function ForgotPasswordForm({ locale }: { locale: string }) {
  const t = useTranslations("Password");
  const { state, formAction: action, pending, errors, value } = useEditorForm(requestPasswordResetAction);
  const email = value("email");
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
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg", "w-full")}>
        {pending ? t("forgot.sending") : t("forgot.submit")}
      </button>
    </form>
  );
}
