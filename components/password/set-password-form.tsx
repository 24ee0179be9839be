"use client";

import { useTranslations } from "next-intl";
import { setPasswordAction } from "@/lib/actions/password";
import { TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { buttonClass } from "@/components/ui/button";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";

/** New password twice; the server checks length and match, then signs nothing in: the person signs in next. */
export function SetPasswordForm({ token, locale, email }: { token: string; locale: string; email: string }) {
  const t = useTranslations("Password");
  const forms = useTranslations("Forms");
  const { state, formAction: action, pending, errors } = useEditorForm(setPasswordAction);
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} labels={{ password: t("password"), passwordConfirm: t("passwordConfirm") }} />
      {/* Lets password managers store the new password under the right account. */}
      <TextField
        name="username"
        type="email"
        label={t("account")}
        value={email}
        readOnly
        autoComplete="username"
        dir="ltr"
        className="mt-1 block w-full rounded border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-900"
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        errors={errors.password}
        required
        minLength={12}
        maxLength={200}
      />
      <TextField
        name="passwordConfirm"
        type="password"
        label={t("passwordConfirm")}
        autoComplete="new-password"
        errors={errors.passwordConfirm}
        required
        maxLength={200}
      />
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg", "w-full")}>
        {pending ? forms("saving") : t("submit")}
      </button>
    </form>
  );
}
