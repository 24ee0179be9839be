import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { isolated } from "@/lib/content/bidi";
import { Link } from "@/i18n/navigation";
import { recordParam, staffPage } from "@/lib/auth/guard";
import { deleteOrganizationAction } from "@/lib/actions/organizations";
import { getOrganizationForStaff } from "@/lib/data/organizations/list-staff-organizations";
import { ConfirmStep } from "@/components/staff/editor/confirm-step";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffOrganizations" });
  return { title: t("deleteConfirmTitle"), robots: { index: false } };
}

/** The confirmation of deleting an organization nothing uses (one in use is merged instead). */
export default async function DeleteOrganizationPage({ params }: Props) {
  const { locale, user } = await staffPage(params, "organization.manage");
  const id = await recordParam(params);
  const [organization, t] = await Promise.all([
    getOrganizationForStaff({ actor: user, id, locale }),
    getTranslations({ locale, namespace: "StaffOrganizations" }),
  ]);
  if (!organization) notFound();
  if (!organization.unused) {
    return (
      <section className="max-w-3xl space-y-3 card sm:p-6">
        <h1 className="text-2xl font-bold text-brand-900">{t("deleteConfirmTitle")}</h1>
        <p className="text-slate-800">{t("inUse")}</p>
        <Link href={`/staff/organizations/${id}`} className="text-sm font-medium text-brand-700 underline">
          {t("cancel")}
        </Link>
      </section>
    );
  }
  return (
    <ConfirmStep
      title={t("deleteConfirmTitle")}
      lead={t("deleteConfirmLead", { name: isolated(organization.name) })}
      consequences={[t("deleteAudited")]}
      action={deleteOrganizationAction}
      fields={{ id: organization.id, version: organization.version }}
      confirmLabel={t("deleteConfirm")}
      cancel={{ href: `/staff/organizations/${organization.id}`, label: t("cancel") }}
    />
  );
}
