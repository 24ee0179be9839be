import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { isolated } from "@/lib/content/bidi";
import { recordParam, staffPage } from "@/lib/auth/guard";
import { deletePlanAction } from "@/lib/actions/plans";
import { pickTranslation } from "@/lib/content/translation";
import { getPlanEditor } from "@/lib/data/plans/list-staff-plans";
import { ConfirmStep } from "@/components/staff/editor/confirm-step";
import { NotADraft } from "@/components/staff/editor/not-a-draft";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffEditor" });
  return { title: t("deleteDraftTitle"), robots: { index: false } };
}

/** The confirmation of deleting a draft plan with its activities. */
export default async function DeletePlanPage({ params }: Props) {
  const { locale, user } = await staffPage(params);
  const id = await recordParam(params);
  const editor = await getPlanEditor({ actor: user, id, locale });
  if (!editor) notFound();
  if (editor === "forbidden") forbidden();
  const t = await getTranslations({ locale, namespace: "StaffEditor" });
  const back = { href: `/staff/plans/${id}`, label: t("cancel") };
  if (!editor.mayDelete) return <NotADraft title={t("deleteDraftTitle")} back={back} />;
  const { plan } = editor;
  return (
    <ConfirmStep
      title={t("deleteDraftTitle")}
      lead={t("deleteDraftLead", { title: isolated(pickTranslation(plan.translations, locale)?.title ?? plan.slug) })}
      consequences={[t("deletePlanParts", { activities: plan.activities.length }), t("deleteAudited")]}
      action={deletePlanAction}
      fields={{ planId: plan.id, version: plan.version }}
      confirmLabel={t("deleteDraftConfirm")}
      cancel={back}
    />
  );
}
