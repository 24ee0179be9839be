import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatDate } from "@/lib/content/format";
import type { DeadlineFlag } from "@/lib/content/deadlines";
import type { ReportWork as ReportWorkData } from "@/lib/data/plans/list-report-work";
import { Link } from "@/i18n/navigation";

type Item = {
  key: string;
  href: string;
  label: string;
  detail: string;
  /** The detail is a person's text (a reviewer's comment), in whatever direction it was written. */
  ownText?: boolean;
  deadline?: DeadlineFlag | null;
};

/**
 * The dashboards' report lists: RTC "reports due" (each flagged when due
 * within 14 days or overdue) and its own reports (returned, submitted,
 * accepted); ROCB "reports to review" and the region's report deadlines.
 */
export async function ReportWork({ work, locale }: { work: ReportWorkData; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "StaffPlans" });
  const flag = (deadline: DeadlineFlag) => (
    <span
      data-testid="deadline-flag"
      className={`ms-2 inline-block rounded px-2 py-0.5 text-xs font-semibold ${
        deadline.state === "overdue" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"
      }`}
    >
      {deadline.state === "overdue"
        ? t("deadlineOverdue", { days: deadline.days })
        : t("deadlineDue", { days: deadline.days })}
    </span>
  );
  const block = (id: string, title: string, empty: string, items: Item[]) => (
    <section aria-labelledby={id} className="space-y-3 card">
      <h2 id={id} className="text-lg font-semibold text-brand-900">
        {title}
      </h2>
      {items.length ? (
        <ul className="space-y-2">
          {items.map((item) => (
            <li key={item.key}>
              <Link href={item.href} className="font-medium text-brand-800 underline">
                {item.label}
              </Link>
              {item.deadline ? flag(item.deadline) : null}
              <p className="text-sm text-slate-700" dir={item.ownText ? "auto" : undefined}>
                {item.detail}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">{empty}</p>
      )}
    </section>
  );
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {work.mayReport
        ? block(
            "reports-due",
            t("reportsDue"),
            t("reportsDueEmpty"),
            work.due.map((a) => ({
              key: a.id,
              href: `/staff/reports/new?activity=${a.id}`,
              label: a.title,
              detail: t("plannedEnd", { date: formatDate(a.plannedEnd, locale) }),
              deadline: a.deadline,
            })),
          )
        : null}
      {work.mayReport
        ? block(
            "reports-returned",
            t("returnedToYou"),
            t("returnedEmpty"),
            work.returned.map((r) => ({
              key: r.id,
              href: `/staff/reports/${r.id}`,
              label: r.title,
              detail: r.comment,
              ownText: true,
            })),
          )
        : null}
      {work.mayReport
        ? block(
            "reports-submitted",
            t("submittedWaiting"),
            t("submittedWaitingEmpty"),
            work.submitted.map((r) => ({
              key: r.id,
              href: `/staff/reports/${r.id}`,
              label: r.title,
              detail: t("submittedOnShort", { date: formatDate(r.submittedAt, locale) }),
            })),
          )
        : null}
      {work.mayReport
        ? block(
            "reports-accepted",
            t("acceptedReports"),
            t("acceptedEmpty"),
            work.accepted.map((r) => ({
              key: r.id,
              href: `/staff/reports/${r.id}`,
              label: r.title,
              detail: r.reviewedAt ? t("acceptedOn", { date: formatDate(r.reviewedAt, locale) }) : "",
            })),
          )
        : null}
      {work.mayReview
        ? block(
            "reports-review",
            t("toReview"),
            t("toReviewEmpty"),
            work.toReview.map((r) => ({
              key: r.id,
              href: `/staff/reports/${r.id}`,
              label: r.title,
              detail: t("submittedOn", {
                date: formatDate(r.submittedAt, locale),
                centre: r.centre,
                person: r.person || "—",
              }),
            })),
          )
        : null}
      {work.mayReview
        ? block(
            "report-deadlines",
            t("deadlinesTitle"),
            t("deadlinesEmpty"),
            work.deadlines.map((a) => ({
              key: a.id,
              href: `/staff/plans/${a.planId}`,
              label: a.title,
              detail: t("deadlineOf", { centre: a.centre, date: formatDate(a.plannedEnd, locale) }),
              deadline: a.deadline,
            })),
          )
        : null}
    </div>
  );
}
