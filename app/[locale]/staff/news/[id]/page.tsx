import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { recordOrRefuse, recordParam, staffPage } from "@/lib/auth/guard";
import { changeNewsPublicationAction } from "@/lib/actions/news";
import { upcomingDate } from "@/lib/content/date-time";
import type { RecordStatus } from "@/lib/content/publication";
import { staffTitle } from "@/lib/content/translation-states";
import { getNewsForm, getStaffNewsArticle } from "@/lib/data/news/list-staff-news";
import { EditorBody } from "@/components/staff/editor/editor-body";
import { DeleteDraftLink } from "@/components/staff/editor/delete-draft-link";
import { EditorHeader } from "@/components/staff/editor/editor-header";
import { PublicationPanel } from "@/components/staff/editor/publication-panel";
import { NewsForm } from "@/components/staff/news/news-form";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffNews" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditNewsPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "staff.enter");
  const id = await recordParam(params);
  const article = recordOrRefuse(await getStaffNewsArticle({ actor: user, id }));
  const [t, form] = await Promise.all([
    getTranslations({ locale, namespace: "StaffNews" }),
    getNewsForm({ actor: user, locale, article }),
  ]);
  const { title, titleLocale } = staffTitle(article.translations, locale, article.slug);
  const scheduled = upcomingDate(article.publishAt, locale);
  const isPublic =
    article.status !== "DRAFT" && article.translations.some((x) => x.status === "PUBLISHED") && !scheduled;
  return (
    <>
      <EditorHeader
        locale={locale}
        back={{ href: "/staff/news", label: t("back") }}
        title={title}
        titleLocale={titleLocale}
        status={article.status}
        isPublic={isPublic}
        publicHref={`/news/${article.slug}`}
        translationStates={form.translationStates}
      />
      <EditorBody
        created={(await searchParams).created ? t("created") : null}
        aside={
          <>
            <PublicationPanel
              kind="news"
              action={changeNewsPublicationAction}
              id={article.id}
              version={article.version}
              status={article.status as RecordStatus}
              translationStates={form.translationStates}
              isPublic={isPublic}
              scheduledFor={scheduled}
            />
            {article.mayDelete ? <DeleteDraftLink href={`/staff/news/${article.id}/delete`} /> : null}
          </>
        }
      >
        <NewsForm form={form} article={{ id: article.id, version: article.version, isPublic }} />
      </EditorBody>
    </>
  );
}
