import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { checkUserToken } from "@/lib/data/users/manage-user-tokens";
import { LinkProblem } from "@/components/password/link-problem";
import { PasswordCard } from "@/components/password/password-card";
import { SetPasswordForm } from "@/components/password/set-password-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Password" });
  // The link carries a secret: keep it out of Referer headers and search engines.
  return { title: t("setTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function SetPasswordPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const check = await checkUserToken(value);
  if (!check.ok) return <LinkProblem locale={locale} problem={check.problem} />;
  const t = await getTranslations({ locale, namespace: "Password" });
  const invitation = check.kind === "INVITATION";
  return (
    <PasswordCard
      title={invitation ? t("createTitle") : t("resetTitle")}
      intro={<p>{invitation ? t("createIntro", { name: check.name }) : t("resetIntro", { name: check.name })}</p>}
    >
      <SetPasswordForm token={value} locale={locale} email={check.email} />
    </PasswordCard>
  );
}
