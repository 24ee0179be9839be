import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/lib/auth/guard";
import { formatDate } from "@/lib/content/format";
import { listStaffPlans } from "@/lib/data/plans/list-staff-plans";
import { DeletedNotice } from "@/components/staff/editor/delete-draft-link";
import { buttonClass } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ deleted?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffPlans" });
  return { title: t("plansTitle"), robots: { index: false } };
}

export default async function StaffPlansPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "plan.create");
  const [plans, t, p] = await Promise.all([
    listStaffPlans({ actor: user, locale }),
    getTranslations({ locale, namespace: "StaffPlans" }),
    getTranslations({ locale, namespace: "Plans" }),
  ]);
  return (
    <div className="space-y-6">
      <DeletedNotice show={(await searchParams).deleted} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">{t("plansTitle")}</h1>
        <Link href="/staff/plans/new" className={buttonClass("primary")}>
          {t("newPlan")}
        </Link>
      </div>
      <ul className="space-y-2">
        {plans.map((plan) => (
          <li key={plan.id} className="card">
            <Link href={`/staff/plans/${plan.id}`} className="font-medium text-brand-800 underline" dir="auto">
              {plan.title}
            </Link>
            <p className="text-sm text-slate-700">
              {formatDate(plan.periodStart, locale)} – {formatDate(plan.periodEnd, locale)} ·{" "}
              {p(`planStatus.${plan.status}`)} · {t("activityCount", { count: plan._count.activities })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
