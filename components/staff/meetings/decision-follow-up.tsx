import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { formatDate } from "@/lib/content/format";
import type { getDecisionEditor } from "@/lib/data/decisions/manage-decisions";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { DecisionFollowUpForm } from "./decision-follow-up-form";

type Editor = Awaited<ReturnType<typeof getDecisionEditor>>;

/** The outcomes tab's follow-up of each decision: its form, its status history, its plans, and "start the plan". */
export async function DecisionFollowUp({
  locale,
  meetingId,
  editor,
}: {
  locale: AppLocale;
  meetingId: string;
  editor: Editor;
}) {
  const [t, d] = await Promise.all([
    getTranslations({ locale, namespace: "StaffDecisions" }),
    getTranslations({ locale, namespace: "Decisions" }),
  ]);
  return (
    <Section id="decision-follow-up" title={t("title")}>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {editor.decisions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-6">
          {editor.decisions.map((decision, index) => (
            <li key={decision.id} className="space-y-4 card sm:p-6" aria-labelledby={`decision-${decision.id}-title`}>
              <div>
                <h3
                  id={`decision-${decision.id}-title`}
                  className="text-xs font-semibold tracking-wide text-brand-800 uppercase"
                >
                  {t("decisionNumber", { number: index + 1 })} · {d(`status.${decision.status}` as "status.OPEN")}
                </h3>
                <p className="mt-1 text-slate-900" lang={decision.text?.locale} dir="auto">
                  {decision.text?.text ?? t("noText")}
                </p>
              </div>
              <DecisionFollowUpForm
                meetingId={meetingId}
                decision={decision}
                structures={editor.structures}
                meetings={editor.meetings}
                documents={editor.documents}
              />
              <div className="grid gap-4 border-t border-slate-200 pt-4 sm:grid-cols-2">
                <div>
                  <h4 className="text-sm font-semibold text-slate-800">{d("history")}</h4>
                  <ol className="mt-1 space-y-0.5 text-sm text-slate-700">
                    {decision.history.map((entry, i) => (
                      <li key={i}>
                        {entry.by
                          ? t("historyEntryBy", {
                              status: d(`status.${entry.status}` as "status.OPEN"),
                              date: formatDate(entry.changedAt, locale),
                              name: `\u2068${entry.by}\u2069`,
                            })
                          : d("historyEntry", {
                              status: d(`status.${entry.status}` as "status.OPEN"),
                              date: formatDate(entry.changedAt, locale),
                            })}
                      </li>
                    ))}
                  </ol>
                </div>
                <div>
                  <h4 className="text-sm font-semibold text-slate-800">{t("plans")}</h4>
                  {decision.plans.length ? (
                    <ul className="mt-1 space-y-0.5 text-sm">
                      {decision.plans.map((plan) => (
                        <li key={plan.id}>
                          <Link href={`/staff/plans/${plan.id}`} className="text-brand-800 underline">
                            {plan.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : decision.decisionKind === "ACTION_PLAN" && editor.mayStartPlan ? (
                    <div className="mt-2 space-y-1">
                      <Link
                        href={{ pathname: "/staff/plans/new", query: { decision: decision.id } }}
                        className={buttonClass("secondary")}
                      >
                        {t("startPlan")}
                      </Link>
                      <p className="text-xs text-slate-600">{t("startPlanHint")}</p>
                    </div>
                  ) : (
                    <p className="mt-1 text-sm text-slate-600">{t("noPlan")}</p>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
