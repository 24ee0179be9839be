import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/lib/auth/guard";
import { getNewsForm } from "@/lib/data/news/list-staff-news";
import { NewsForm } from "@/components/staff/news/news-form";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffNews" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewNewsPage({ params }: Props) {
  const { locale, user } = await staffPage(params, "news.create");
  const [t, form] = await Promise.all([
    getTranslations({ locale, namespace: "StaffNews" }),
    getNewsForm({ actor: user, locale, article: null }),
  ]);
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/staff/news" className="font-medium text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <NewsForm form={form} article={null} />
    </>
  );
}
