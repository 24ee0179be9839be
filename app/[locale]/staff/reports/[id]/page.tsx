import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { recordParam, staffPage } from "@/lib/auth/guard";
import { formatDate, formatFileSize, isoDate } from "@/lib/content/format";
import { pickTranslation } from "@/lib/content/translation";
import { findReportForStaff } from "@/lib/data/plans/list-report-work";
import { localeFieldName } from "@/lib/validation/form-fields";
import type { AppLocale } from "@/i18n/routing";
import { ReportForm, ReviewForm } from "@/components/staff/plans/report-form";
import { buttonClass } from "@/components/ui/button";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ submitted?: string; reopened?: string; reviewed?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffPlans" });
  return { title: t("reportTitle"), robots: { index: false } };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params);
  const id = await recordParam(params);
  const report = await findReportForStaff({ actor: user, id, locale });
  if (report === null) notFound();
  if (report === "forbidden") forbidden();
  const [t, plans] = await Promise.all([
    getTranslations({ locale, namespace: "StaffPlans" }),
    getTranslations({ locale, namespace: "Plans" }),
  ]);
  const { reviewed } = await searchParams;
  const narrative = pickTranslation(report.translations, locale);
  const values = new Map(report.values.map((v) => [v.indicatorId, v.value]));
  const initial: Record<string, string> = {
    periodStart: isoDate(report.periodStart),
    periodEnd: isoDate(report.periodEnd),
    reportedStatus: report.reportedStatus,
    actualStart: report.actualStart ? isoDate(report.actualStart) : "",
    actualEnd: report.actualEnd ? isoDate(report.actualEnd) : "",
  };
  for (const [indicatorId, value] of values) initial[`value.${indicatorId}`] = String(value);
  for (const tr of report.translations) initial[localeFieldName(tr.locale as AppLocale, "narrative")] = tr.narrative;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("reportTitle")}</h1>
      <p className="text-slate-700" dir="auto">
        {report.activityTitle}
      </p>
      {reviewed === "accept" || reviewed === "return" ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
          {t(reviewed === "accept" ? "reviewedAccepted" : "reviewedReturned")}
        </p>
      ) : null}
      {(await searchParams).reopened ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
          {t("reopened")}
        </p>
      ) : null}
      {(await searchParams).submitted ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
          {t("submitted")}
        </p>
      ) : null}
      <dl className="grid gap-2 card text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium">{t("reportStatus")}</dt>
          <dd data-testid="report-status">{t(`reportState.${report.status}`)}</dd>
        </div>
        <div>
          <dt className="font-medium">{t("reportedStatus")}</dt>
          <dd>{plans(`status.${report.reportedStatus}`)}</dd>
        </div>
        <div>
          <dt className="font-medium">{t("period")}</dt>
          <dd>
            {formatDate(report.periodStart, locale)} – {formatDate(report.periodEnd, locale)}
          </dd>
        </div>
        <div>
          <dt className="font-medium">{t("submittedBy")}</dt>
          <dd>
            <bdi>{report.submittedBy?.name ?? "—"}</bdi>, {formatDate(report.submittedAt, locale)}
          </dd>
        </div>
        {report.indicators.map((i) => (
          <div key={i.id}>
            <dt className="font-medium">{i.name}</dt>
            <dd>
              {values.get(i.id) ?? "—"} / {i.target} {i.unit}
            </dd>
          </div>
        ))}
        {narrative ? (
          <div className="sm:col-span-2">
            <dt className="font-medium">{t("narrative")}</dt>
            <dd lang={narrative.locale} dir="auto" className="whitespace-pre-line">
              {narrative.narrative}
            </dd>
          </div>
        ) : null}
        {report.documents.length ? (
          <div className="sm:col-span-2">
            <dt className="font-medium">{t("evidence")}</dt>
            <dd>
              <ul>
                {report.documents.map((d) => (
                  <li key={d.id}>
                    <a href={`/api/evidence/${d.id}`} className="font-medium text-brand-700 underline" dir="auto">
                      {d.title}
                    </a>{" "}
                    <span className="text-slate-600">
                      (<bdi>{d.fileName}</bdi>, {formatFileSize(d.sizeBytes, locale)})
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {report.status !== "SUBMITTED" && report.reviewComment ? (
        <section aria-labelledby="review-comment" className="rounded border border-amber-300 bg-amber-50 px-4 py-3">
          <h2 id="review-comment" className="font-semibold text-amber-950">
            {t("reviewComment")}
          </h2>
          <p className="text-amber-950" dir="auto" data-testid="review-comment">
            {report.reviewComment}
          </p>
          <p className="text-sm text-amber-900">
            <bdi>{report.reviewedBy?.name ?? ""}</bdi>
            {report.reviewedAt ? `, ${formatDate(report.reviewedAt, locale)}` : ""}
          </p>
        </section>
      ) : null}
      {report.events.length ? (
        <section aria-labelledby="review-thread" className="space-y-3 card sm:p-6">
          <h2 id="review-thread" className="text-lg font-semibold text-brand-900">
            {t("threadTitle")}
          </h2>
          <ol className="space-y-3" data-testid="review-thread">
            {report.events.map((event) => (
              <li key={event.id} className="border-s-4 border-slate-300 ps-3">
                <p className="text-sm text-slate-800">
                  <span className="font-semibold">{t(`thread.${event.kind}`)}</span>
                  {" · "}
                  {formatDate(event.at, locale)}
                  {event.actor ? (
                    <>
                      {" · "}
                      <bdi>{event.actor.name}</bdi>
                    </>
                  ) : null}
                </p>
                {event.comment ? (
                  <p className="whitespace-pre-line text-slate-900" dir="auto">
                    {event.comment}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {report.mayReopen ? (
        <section aria-labelledby="reopen" className="space-y-3 card sm:p-6">
          <h2 id="reopen" className="text-lg font-semibold text-brand-900">
            {t("reopenTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("reopenLead")}</p>
          <Link href={`/staff/reports/${report.id}/reopen`} className={buttonClass("danger")}>
            {t("reopenNext")}
          </Link>
        </section>
      ) : null}
      {report.mayReview ? (
        <section aria-labelledby="review" className="space-y-3 card sm:p-6">
          <h2 id="review" className="text-lg font-semibold text-brand-900">
            {t("reviewTitle")}
          </h2>
          <ReviewForm reportId={report.id} version={report.version} />
        </section>
      ) : null}
      {report.mayEdit ? (
        <section aria-labelledby="edit" className="space-y-3 card sm:p-6">
          <h2 id="edit" className="text-lg font-semibold text-brand-900">
            {t("editTitle")}
          </h2>
          <ReportForm
            report={{ id: report.id, version: report.version }}
            indicators={report.indicators}
            initial={initial}
          />
        </section>
      ) : null}
    </div>
  );
}
