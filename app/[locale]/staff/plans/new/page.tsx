import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { staffPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listRegions } from "@/lib/data/regions";
import { newFormToken } from "@/lib/data/form-tokens";
import { PlanForm } from "@/components/staff/plans/plan-forms";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffPlans" });
  return { title: t("newPlan"), robots: { index: false } };
}

export default async function NewPlanPage({ params }: Props) {
  const { locale, user } = await staffPage(params, "plan.create");
  const t = await getTranslations({ locale, namespace: "StaffPlans" });
  // Administrators choose the plan's region; ROCB staff plan for their own.
  const regions = can(user, "content.chooseRegion") ? await listRegions({ locale }) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("newPlan")}</h1>
      <div className="card sm:p-6">
        <PlanForm
          initial={{ regionId: user.regionId ?? "", status: "DRAFT" }}
          meetings={[]}
          decisions={[]}
          regions={regions?.map((r) => ({ value: r.id, label: r.name }))}
          formToken={newFormToken()}
        />
      </div>
    </div>
  );
}
