import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ImportJobView } from "@/lib/data/imports/import-jobs";

/**
 * An import's progress, then its result. While it runs the page refreshes
 * itself (a meta refresh: no JavaScript needed) and offers a plain link to
 * refresh now; at the end: what was made, and each thing skipped with why.
 */
export async function ImportJobStatus({ job }: { job: ImportJobView }) {
  const t = await getTranslations("StaffImport");
  const here = `/staff/import?job=${job.id}`;
  if (job.status === "RUNNING") {
    return (
      <div role="status" className="border-brand-200 mb-6 rounded border bg-brand-50 p-3 text-sm text-brand-900">
        <meta httpEquiv="refresh" content="3" />
        <p className="font-semibold">{t("jobRunning", { processed: job.processed, total: job.total })}</p>
        <progress className="mt-2 w-full" max={Math.max(job.total, 1)} value={job.processed}>
          {`${job.processed}/${job.total}`}
        </progress>
        <p className="mt-1">
          {t("jobRefreshes")}{" "}
          <Link href={here} className="font-medium underline">
            {t("jobRefresh")}
          </Link>
        </p>
      </div>
    );
  }
  const failed = job.status === "FAILED";
  return (
    <div
      role="status"
      className={`mb-6 rounded border p-3 text-sm ${failed ? "border-amber-300 bg-amber-50 text-amber-900" : "border-green-300 bg-green-50 text-green-900"}`}
    >
      <p className="font-semibold">
        {failed
          ? t("jobFailed", { processed: job.processed, total: job.total })
          : t("done", { created: job.created, unchanged: job.unchanged, updates: job.updates })}
      </p>
      {job.otherRegion ? <p>{t("otherRegion", { count: job.otherRegion })}</p> : null}
      {job.problems.length ? (
        <>
          <p className="mt-2 font-semibold">{t("problems", { count: job.problems.length })}</p>
          <ul className="mt-1 list-disc ps-5">
            {job.problems.map((problem, i) => (
              <li key={i} className="break-words">
                {problem.kind === "more" ? (
                  t("problemMore", { count: Number(problem.detail) })
                ) : problem.kind === "image" || problem.kind === "attachment" ? (
                  <>
                    <span dir="ltr">{problem.source}</span>
                    {": "}
                    {t(problem.kind === "image" ? "problemImage" : "problemAttachment")} (
                    <span dir="ltr">{problem.detail}</span>)
                  </>
                ) : (
                  <>
                    {t("problemStopped")} (<span dir="ltr">{problem.detail}</span>)
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-2">
        <Link href="/staff/news" className="font-medium underline">
          {t("openDrafts")}
        </Link>
      </p>
    </div>
  );
}
