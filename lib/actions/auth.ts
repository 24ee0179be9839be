"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { endUserSessions } from "@/lib/data/users/find-session-user";
import { locales, routing } from "@/i18n/routing";
import type { FormState } from "./form-state";

const localeField = z.enum(locales).catch(routing.defaultLocale);
/** A path of this site's staff area, in one of its languages. */
const staffPath = new RegExp(`^/(${locales.join("|")})/staff(/[\\w\\-/?=&.%]*)?$`);

const signInSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
  callbackUrl: z.string().max(500).optional(),
  locale: localeField,
});

/** Only a path inside this site's staff area may be a destination. */
function safeDestination(callbackUrl: string | undefined, locale: string): string {
  if (callbackUrl && staffPath.test(callbackUrl)) return callbackUrl;
  return `/${locale}/staff`;
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("SignIn");
  const raw = Object.fromEntries(formData.entries());
  const parsed = signInSchema.safeParse(raw);
  const email = typeof raw.email === "string" ? raw.email : "";
  if (!parsed.success) {
    const v = await getTranslations("Validation");
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      fieldErrors[field] = [field === "email" ? (email ? v("invalidEmail") : v("required")) : v("required")];
    }
    return { ok: false, message: t("fixErrors"), fieldErrors, values: { email } };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeDestination(parsed.data.callbackUrl, parsed.data.locale),
    });
  } catch (error) {
    // A successful sign-in throws Next's redirect: let it through.
    if (error instanceof AuthError) {
      const limited = error instanceof CredentialsSignin && error.code === "rate_limited";
      return {
        ok: false,
        message: limited ? t("rateLimited") : t("invalidCredentials"),
        fieldErrors: {},
        values: { email },
      };
    }
    throw error;
  }
  return null;
}

/**
 * Ends the session on the server, not only in this browser: the account's
 * session version goes up, so this cookie and any copy of it (and the
 * account's sessions on other devices) stop working. Then the cookie goes.
 */
export async function signOutAction(formData: FormData) {
  const locale = localeField.parse(formData.get("locale"));
  const user = await getCurrentUser();
  if (user) await endUserSessions(user.id);
  await signOut({ redirectTo: `/${locale}` });
}
