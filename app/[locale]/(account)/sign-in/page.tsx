import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { SignInForm } from "@/components/staff/sign-in-form";
import { Link } from "@/i18n/navigation";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[]; password?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { callbackUrl, password } = await searchParams;
  const t = await getTranslations({ locale, namespace: "SignIn" });
  const passwords = await getTranslations({ locale, namespace: "Password" });
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-2 text-sm text-slate-700">{t("intro")}</p>
      {password === "created" || password === "changed" ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900"
        >
          {passwords(`done.${password}`)}
        </p>
      ) : null}
      <div className="mt-6">
        <SignInForm locale={locale} callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      </div>
      <p className="mt-6 text-sm">
        <Link href="/password/forgot" className="text-brand-700 underline">
          {t("forgot")}
        </Link>
      </p>
    </div>
  );
}
