import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { isolated } from "@/lib/content/bidi";
import { recordParam, staffPage } from "@/lib/auth/guard";
import { mergeOrganizationAction } from "@/lib/actions/organizations";
import { getOrganizationForStaff } from "@/lib/data/organizations/list-staff-organizations";
import { isRecordId } from "@/lib/validation/record-id";
import { ConfirmStep } from "@/components/staff/editor/confirm-step";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ into?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffOrganizations" });
  return { title: t("mergeConfirmTitle"), robots: { index: false } };
}

/** The confirmation of a merge: what moves where, and that the duplicate's page goes. */
export default async function MergeOrganizationPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "organization.manage");
  const id = await recordParam(params);
  const into = (await searchParams).into;
  const intoId = Array.isArray(into) ? into[0] : into;
  if (!isRecordId(intoId) || intoId === id) notFound();
  const [source, target, t] = await Promise.all([
    getOrganizationForStaff({ actor: user, id, locale }),
    getOrganizationForStaff({ actor: user, id: intoId, locale }),
    getTranslations({ locale, namespace: "StaffOrganizations" }),
  ]);
  if (!source || !target) notFound();
  return (
    <ConfirmStep
      title={t("mergeConfirmTitle")}
      lead={t("mergeConfirmLead", { source: isolated(source.name), target: isolated(target.name) })}
      consequences={[
        t("mergeMovesAttendances", { count: source.attendances, target: isolated(target.name) }),
        t("mergeMovesPartnerships", { count: source.partnerships }),
        t("mergeKeepsNames", { target: isolated(target.name) }),
        t("mergeDeletes", { source: isolated(source.name) }),
      ]}
      action={mergeOrganizationAction}
      fields={{ id: source.id, version: source.version, intoId: target.id }}
      confirmLabel={t("mergeConfirm")}
      cancel={{ href: `/staff/organizations/${source.id}`, label: t("cancel") }}
    />
  );
}
