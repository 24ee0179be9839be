import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { requireStaff } from "@/lib/auth/guard";
import { getNewsFormOptions } from "@/lib/data/staff/news-read";
import { NewsForm } from "@/components/staff/news/news-form";
import { newsFormArticle } from "@/components/staff/news/news-editor-data";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffNews" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewNewsPage({ params }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const user = await requireStaff(locale, "news.create");
  const t = await getTranslations({ locale, namespace: "StaffNews" });
  const options = await getNewsFormOptions({ actor: user, locale });
  const ownRegion = user.role === "ADMIN" ? null : options.regions.find((r) => r.value === user.regionId);
  const { article, previews, imageUrl } = newsFormArticle(null, { regionId: ownRegion?.value ?? "" });
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/staff/news" className="font-medium text-brand-700 underline">{t("back")}</Link>
      </p>
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <NewsForm
        article={article}
        previews={previews}
        options={options}
        regionFixed={ownRegion ? { id: ownRegion.value, label: ownRegion.label } : null}
        imageUrl={imageUrl}
      />
    </>
  );
}
