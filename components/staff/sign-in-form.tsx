"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction } from "@/lib/actions/auth";
import { TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";

export function SignInForm({ locale, callbackUrl }: { locale: string; callbackUrl?: string }) {
  const t = useTranslations("SignIn");
  const [state, action, pending] = useActionState(signInAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const email = state && !state.ok ? String(state.values?.email ?? "") : "";
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
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
