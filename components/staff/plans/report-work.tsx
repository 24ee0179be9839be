import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatDate } from "@/lib/content/format";
import type { ReportWork as ReportWorkData } from "@/lib/data/plans/list-report-work";
import { Link } from "@/i18n/navigation";

/** The dashboards' report lists: RTC "reports due" and its own reports (returned, submitted, accepted); ROCB "reports to review". */
export async function ReportWork({ work, locale }: { work: ReportWorkData; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "StaffPlans" });
  const block = (
    id: string,
    title: string,
    empty: string,
    items: { key: string; href: string; label: string; detail: string }[],
  ) => (
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
              <p className="text-sm text-slate-700" dir="auto">
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
    </div>
  );
}
