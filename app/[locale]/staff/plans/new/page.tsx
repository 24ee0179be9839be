import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { staffPage } from "@/lib/auth/guard";
import { getNewPlanForm } from "@/lib/data/plans/list-staff-plans";
import { PlanForm } from "@/components/staff/plans/plan-forms";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffPlans" });
  return { title: t("newPlan"), robots: { index: false } };
}

export default async function NewPlanPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "plan.create");
  const { decision } = await searchParams;
  const decisionId = typeof decision === "string" && /^[a-z0-9]{1,40}$/.test(decision) ? decision : undefined;
  const [t, form] = await Promise.all([
    getTranslations({ locale, namespace: "StaffPlans" }),
    getNewPlanForm({ actor: user, locale, decisionId }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("newPlan")}</h1>
      <div className="card sm:p-6">
        <PlanForm
          initial={form.initial}
          meetings={form.meetings}
          decisions={form.decisions}
          regions={form.regions}
          formToken={form.formToken}
        />
      </div>
    </div>
  );
}
