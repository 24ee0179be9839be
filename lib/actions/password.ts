"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { clearSignInFailures } from "@/lib/auth/rate-limit";
import { getConfig } from "@/lib/config";
import { issuePasswordReset, recordPasswordResetRequest } from "@/lib/data/users/reset-password";
import { setPasswordWithToken } from "@/lib/data/users/manage-user-tokens";
import { sendLinkMail } from "@/lib/mail/user-mail";
import { forgotPasswordSchema, setPasswordSchema } from "@/lib/validation/password";
import { afterResponse } from "@/lib/actions/after-response";
import { formDataToObject, type FormState } from "./form-state";
import { collectFieldErrors } from "./run-action";

// The two public password forms. No session here: the link (or the e-mail
// address) is the only credential, so nothing is echoed but the address.

async function requestIp(): Promise<string> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return "unknown"; // outside a request (tests)
  }
  return clientAddressFrom(requestHeaders, getConfig().TRUSTED_PROXY_HOPS);
}

/** Accepts an invitation or a reset: sets the password, uses up the link, then goes to sign-in. */
export async function setPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [t, forms, validation] = await Promise.all([
    getTranslations("Password"),
    getTranslations("Forms"),
    getTranslations("Validation"),
  ]);
  const parsed = setPasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success)
    return {
      ok: false,
      message: forms("fixErrors"),
      fieldErrors: collectFieldErrors(parsed.error, validation),
      values: {},
    };
  const result = await setPasswordWithToken({ token: parsed.data.token, password: parsed.data.password });
  if (!result.ok) return { ok: false, message: t(`problem.${result.problem}.message`), fieldErrors: {}, values: {} };
  // A forgotten password often comes after failed attempts: let the new one work at once.
  await clearSignInFailures(result.email);
  redirect(`/${parsed.data.locale}/sign-in?password=${result.kind === "INVITATION" ? "created" : "changed"}`);
}

/** Always the same answer whether or not the account exists; limited per address and per IP. */
export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [t, forms, validation] = await Promise.all([
    getTranslations("Password"),
    getTranslations("Forms"),
    getTranslations("Validation"),
  ]);
  const raw = formDataToObject(formData);
  const email = typeof raw.email === "string" ? raw.email.slice(0, 254) : "";
  const parsed = forgotPasswordSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      message: forms("fixErrors"),
      fieldErrors: collectFieldErrors(parsed.error, validation),
      values: { email },
    };
  const { limited } = await recordPasswordResetRequest({ email: parsed.data.email, ip: await requestIp() });
  if (limited) return { ok: false, message: t("forgot.limited"), fieldErrors: {}, values: { email } };
  // Whether the account exists is looked up only after the answer has gone:
  // the answer takes the same time either way.
  const address = parsed.data.email;
  afterResponse("password reset mail", async () => {
    const mail = await issuePasswordReset({ email: address });
    if (mail) await sendLinkMail({ kind: "PASSWORD_RESET", ...mail });
  });
  return { ok: true, message: t("forgot.sent") };
}
