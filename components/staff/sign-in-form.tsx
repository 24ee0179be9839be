"use client";

import { useTranslations } from "next-intl";
import { signInAction } from "@/lib/actions/auth";
import { TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { buttonClass } from "@/components/ui/button";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";

export function SignInForm({ locale, callbackUrl }: { locale: string; callbackUrl?: string }) {
  const t = useTranslations("SignIn");
  const { state, formAction: action, pending, errors, value } = useEditorForm(signInAction);
  const email = value("email");
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormAlert state={state} labels={{ email: t("email"), password: t("password") }} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        defaultValue={email}
        errors={errors.email}
        required
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        errors={errors.password}
        required
      />
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg", "w-full")}>
        {pending ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
