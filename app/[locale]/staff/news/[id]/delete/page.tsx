import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { isolated } from "@/lib/content/bidi";
import { recordOrRefuse, recordParam, staffPage } from "@/lib/auth/guard";
import { deleteNewsAction } from "@/lib/actions/news";
import { staffTitle } from "@/lib/content/translation-states";
import { getStaffNewsArticle } from "@/lib/data/news/list-staff-news";
import { ConfirmStep } from "@/components/staff/editor/confirm-step";
import { NotADraft } from "@/components/staff/editor/not-a-draft";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffEditor" });
  return { title: t("deleteDraftTitle"), robots: { index: false } };
}

/** The confirmation of deleting a draft article. */
export default async function DeleteNewsPage({ params }: Props) {
  const { locale, user } = await staffPage(params, "staff.enter");
  const id = await recordParam(params);
  const article = recordOrRefuse(await getStaffNewsArticle({ actor: user, id, action: "news.delete" }));
  const t = await getTranslations({ locale, namespace: "StaffEditor" });
  const back = { href: `/staff/news/${id}`, label: t("cancel") };
  if (article.status !== "DRAFT") return <NotADraft title={t("deleteDraftTitle")} back={back} />;
  const { title } = staffTitle(article.translations, locale, article.slug);
  return (
    <ConfirmStep
      title={t("deleteDraftTitle")}
      lead={t("deleteDraftLead", { title: isolated(title) })}
      consequences={[t("deleteNewsParts"), t("deleteAudited")]}
      action={deleteNewsAction}
      fields={{ id, version: article.version }}
      confirmLabel={t("deleteDraftConfirm")}
      cancel={back}
    />
  );
}
