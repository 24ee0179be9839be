import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { formatDate } from "@/lib/content/format";
import type { StaffDashboard } from "@/lib/data/get-staff-dashboard";
import { Section } from "@/components/ui/section";

/** The dashboard's open decisions: the soonest due first, each with its meeting, status and due date. */
export async function OpenDecisions({
  decisions,
  locale,
}: {
  decisions: StaffDashboard["openDecisions"];
  locale: AppLocale;
}) {
  const [t, d] = await Promise.all([
    getTranslations({ locale, namespace: "Staff" }),
    getTranslations({ locale, namespace: "Decisions" }),
  ]);
  return (
    <Section id="open-decisions" title={t("openDecisions")}>
      {decisions.items.length ? (
        <ul className="space-y-2">
          {decisions.items.map((decision) => (
            <li key={decision.id} className="rounded border border-slate-200 bg-white px-4 py-3">
              <span className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <span className="font-semibold">{d(`status.${decision.status}` as "status.OPEN")}</span>
                {decision.dueOn ? (
                  <span className={decision.overdue ? "font-semibold text-red-800" : undefined}>
                    {d("due", { date: formatDate(decision.dueOn, locale) })}
                    {decision.overdue ? ` · ${t("overdue")}` : ""}
                  </span>
                ) : null}
              </span>
              <p className="text-slate-900" lang={decision.textLocale} dir="auto">
                {decision.text.length > 160 ? `${decision.text.slice(0, 159)}…` : decision.text}
              </p>
              <Link
                href={decision.href}
                className="text-sm font-medium text-brand-800 underline"
                lang={decision.meetingTitleLocale}
                dir="auto"
              >
                {decision.meetingTitle}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t("noOpenDecisions")}</p>
      )}
      {decisions.total > decisions.items.length ? (
        <p className="text-sm">
          <Link href="/decisions?status=open" className="font-medium text-brand-700 underline">
            {t("decisionRegister")} ({decisions.total})
          </Link>
        </p>
      ) : null}
    </Section>
  );
}
