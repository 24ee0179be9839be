import "server-only";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { publicUrl } from "@/lib/config";
import { sendMail } from "./mailer";

// Invitation and password-reset mails, in the recipient's preferred language,
// with a link to this portal's public address.

type LinkMail = { kind: "INVITATION" | "PASSWORD_RESET"; to: string; name: string; locale: AppLocale; token: string };

export function passwordLink(locale: AppLocale, token: string): string {
  return `${publicUrl()}/${locale}/password/set?token=${encodeURIComponent(token)}`;
}

/** Sends the mail; a failure is logged and reported as false (the link can be sent again). */
export async function sendLinkMail({ kind, to, name, locale, token }: LinkMail): Promise<boolean> {
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: "Password" }),
    getTranslations({ locale, namespace: "Site" }),
  ]);
  const values = { name, site: site("name"), link: passwordLink(locale, token) };
  const mail =
    kind === "INVITATION"
      ? { to, subject: t("mail.invitationSubject", values), text: t("mail.invitationBody", values) }
      : { to, subject: t("mail.resetSubject", values), text: t("mail.resetBody", values) };
  try {
    await sendMail(mail);
    return true;
  } catch (error) {
    console.error(`[mail] could not send ${kind.toLowerCase()} mail`, error instanceof Error ? error.message : error);
    return false;
  }
}
