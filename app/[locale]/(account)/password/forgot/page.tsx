import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { ForgotPasswordForm } from "@/components/password/forgot-password-form";
import { PasswordCard } from "@/components/password/password-card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Password" });
  return { title: t("forgot.title"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Password" });
  return (
    <PasswordCard title={t("forgot.title")} intro={<p>{t("forgot.intro")}</p>}>
      <ForgotPasswordForm locale={locale} />
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="text-brand-700 underline">
          {t("forgot.backToSignIn")}
        </Link>
      </p>
    </PasswordCard>
  );
}
