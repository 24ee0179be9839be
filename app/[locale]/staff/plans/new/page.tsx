import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { staffPage } from "@/lib/auth/guard";
import { getNewPlanForm } from "@/lib/data/plans/list-staff-plans";
import { PlanForm } from "@/components/staff/plans/plan-forms";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffPlans" });
  return { title: t("newPlan"), robots: { index: false } };
}

export default async function NewPlanPage({ params }: Props) {
  const { locale, user } = await staffPage(params, "plan.create");
  const [t, form] = await Promise.all([
    getTranslations({ locale, namespace: "StaffPlans" }),
    getNewPlanForm({ actor: user, locale }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("newPlan")}</h1>
      <div className="card sm:p-6">
        <PlanForm
          initial={form.initial}
          meetings={[]}
          decisions={[]}
          regions={form.regions}
          formToken={form.formToken}
        />
      </div>
    </div>
  );
}
