import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { requireStaff } from "@/lib/auth/guard";
import { isRecordId } from "@/lib/validation/record-id";
import { getNewsFormOptions, getStaffNewsArticle } from "@/lib/data/staff/news-read";
import { pickTranslation } from "@/lib/content/translation";
import { NewsForm } from "@/components/staff/news/news-form";
import { newsFormArticle } from "@/components/staff/news/news-editor-data";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffNews" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditNewsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const user = await requireStaff(locale, "staff.enter");
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  const found = await getStaffNewsArticle({ actor: user, id });
  if (found.state === "notFound") notFound();
  if (found.state === "forbidden") forbidden();
  const { article } = found;
  const [t, staff, options] = await Promise.all([
    getTranslations({ locale, namespace: "StaffNews" }),
    getTranslations({ locale, namespace: "Staff" }),
    getNewsFormOptions({ actor: user, locale, meetingId: article.meetingId }),
  ]);
  const form = newsFormArticle(article, { regionId: "" });
  const ownRegion = user.role === "ADMIN" ? null : options.regions.find((r) => r.value === article.regionId);
  const text = pickTranslation(article.translations, locale);
  const isPublished = article.status !== "DRAFT" && article.translations.some((x) => x.status === "PUBLISHED");
  return (
    <>
      <p className="mb-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href="/staff/news" className="font-medium text-brand-700 underline">{t("back")}</Link>
        {isPublished ? (
          <Link href={`/news/${article.slug}`} className="font-medium text-brand-700 underline">{staff("viewPublic")}</Link>
        ) : null}
      </p>
      <PageHeader title={t("editTitle")}>
        <p className="max-w-3xl text-lg text-slate-700">
          <span lang={text?.isFallback ? text.locale : undefined} dir="auto">
            {text?.title ?? article.slug}
          </span>
        </p>
      </PageHeader>
      {(await searchParams).created ? (
        <p role="status" className="mb-6 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900">{t("created")}</p>
      ) : null}
      <NewsForm article={form.article} previews={form.previews} options={options} regionFixed={ownRegion ? { id: ownRegion.value, label: ownRegion.label } : null} imageUrl={form.imageUrl} />
    </>
  );
}
