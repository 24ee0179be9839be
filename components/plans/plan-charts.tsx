import { getTranslations } from "next-intl/server";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { barShare, type StatusSummary } from "@/lib/content/plan-progress";
import { formatDate } from "@/lib/content/format";
import { intlLocale } from "@/lib/content/intl-locale";
import type { PublicActivity, PublicPlan } from "@/lib/data/plans/public-plans";

// The plan page's charts: server-rendered SVG, no client script. Each chart
// is a <figure> with a caption, an SVG with its own title (role="img"), and
// the same figures as a data table. Labels are HTML beside the SVG, so they
// wrap and keep their size on a phone; in right-to-left pages the bars are
// drawn from the right (x mirrored here), and the grid follows the page's
// direction by itself.

const WIDTH = 1000;

/** x of a bar that starts at `x` and is `w` wide, in the page's direction. */
const place = (x: number, w: number, rtl: boolean) => (rtl ? WIDTH - x - w : x);

export const percent = (share: number | null, locale: AppLocale) =>
  share === null ? "–" : new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(share);

/** One horizontal progress bar (0..1), its value said in text next to it. */
export function ProgressBar({ share, label, locale, tone = "brand" }: { share: number | null; label: string; locale: AppLocale; tone?: "brand" | "over" }) {
  const rtl = directionOf(locale) === "rtl";
  const w = Math.round(barShare(share) * WIDTH);
  return (
    <svg viewBox={`0 0 ${WIDTH} 16`} preserveAspectRatio="none" className="h-3 w-full" role="img" aria-label={label}>
      <title>{label}</title>
      <rect x="0" y="0" width={WIDTH} height="16" rx="4" className="fill-slate-200" />
      {w > 0 ? <rect x={place(0, w, rtl)} y="0" width={w} height="16" rx="4" className={tone === "over" ? "fill-emerald-700" : "fill-brand-700"} /> : null}
    </svg>
  );
}

/** Completion of each centre: done of the activities that count (cancelled ones do not). */
export async function CompletionChart({ plan, locale }: { plan: PublicPlan; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Plans" });
  const line = (summary: StatusSummary) => t("doneOf", { done: summary.done, total: summary.counted });
  return (
    <figure className="space-y-4" aria-labelledby="completion-caption">
      <figcaption id="completion-caption" className="text-sm text-slate-700">{t("completionCaption")}</figcaption>
      <ul className="space-y-3">
        {plan.groups.map(({ structure, summary }) => (
          <li key={structure.id} className="grid gap-1 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto] sm:items-center sm:gap-4">
            <bdi className="font-medium text-slate-900" lang={structure.nameLocale}>{structure.name}</bdi>
            <ProgressBar share={summary.completion} locale={locale} label={`${structure.name}: ${line(summary)} (${percent(summary.completion, locale)})`} />
            <span className="text-sm tabular-nums text-slate-700">{line(summary)}</span>
          </li>
        ))}
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-800 underline">{t("dataTable")}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-start">
            <caption className="sr-only">{t("completionCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-1 text-start">{t("structure")}</th>
                {(["PLANNED", "IN_PROGRESS", "DONE", "POSTPONED", "CANCELLED"] as const).map((s) => (
                  <th key={s} scope="col" className="px-2 py-1 text-start">{t(`status.${s}`)}</th>
                ))}
                <th scope="col" className="px-2 py-1 text-start">{t("completion")}</th>
              </tr>
            </thead>
            <tbody>
              {plan.groups.map(({ structure, summary }) => (
                <tr key={structure.id} className="border-b border-slate-200">
                  <th scope="row" className="px-2 py-1 text-start font-normal"><bdi lang={structure.nameLocale}>{structure.name}</bdi></th>
                  {(["PLANNED", "IN_PROGRESS", "DONE", "POSTPONED", "CANCELLED"] as const).map((s) => (
                    <td key={s} className="px-2 py-1 tabular-nums">{summary.byStatus[s]}</td>
                  ))}
                  <td className="px-2 py-1 tabular-nums">{percent(summary.completion, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

const day = 24 * 60 * 60 * 1000;

function span(activities: PublicActivity[], plan: PublicPlan) {
  const dates = activities.flatMap((a) => [a.plannedStart, a.plannedEnd, a.actualStart, a.actualEnd]).filter((d): d is Date => !!d);
  const start = Math.min(plan.periodStart.getTime(), ...dates.map((d) => d.getTime()));
  const end = Math.max(plan.periodEnd.getTime(), ...dates.map((d) => d.getTime())) + day;
  return { start, end };
}

/** The timeline: for each activity its planned period (outlined) and its actual one (filled), on one time axis; an ongoing activity runs to the end of the axis (the page is cached: no "today" in it). */
export async function PlanTimeline({ plan, locale }: { plan: PublicPlan; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Plans" });
  const rtl = directionOf(locale) === "rtl";
  const activities = plan.groups.flatMap((g) => g.activities);
  const { start, end } = span(activities, plan);
  const x = (date: Date) => ((date.getTime() - start) / (end - start)) * WIDTH;
  const bar = (from: Date, to: Date) => {
    const x0 = x(from);
    const w = Math.max(6, x(new Date(to.getTime() + day)) - x0);
    return { x: place(x0, w, rtl), w };
  };
  // Ticks: the first day of each quarter inside the span.
  const ticks: Date[] = [];
  const first = new Date(start);
  for (let d = new Date(Date.UTC(first.getUTCFullYear(), Math.floor(first.getUTCMonth() / 3) * 3 + 3, 1)); d.getTime() < end; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1))) ticks.push(d);
  const month = new Intl.DateTimeFormat(intlLocale(locale), { month: "short", year: "numeric", timeZone: "UTC" });
  const date = (d: Date | null) => (d ? formatDate(d, locale) : t("notYet"));
  const statusText = (a: PublicActivity) => t(`status.${a.status}`);
  return (
    <figure className="space-y-3" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption" className="text-sm text-slate-700">{t("timelineCaption")}</figcaption>
      <p className="flex flex-wrap gap-4 text-sm text-slate-700" aria-hidden="true">
        <span className="inline-flex items-center gap-2"><span className="inline-block h-3 w-6 rounded-sm border-2 border-brand-700 bg-white" />{t("planned")}</span>
        <span className="inline-flex items-center gap-2"><span className="inline-block h-3 w-6 rounded-sm bg-brand-700" />{t("actual")}</span>
      </p>
      <div className="space-y-1">
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] sm:gap-4">
          <span className="hidden sm:block" />
          <div className="relative h-5 text-xs text-slate-600" aria-hidden="true">
            {ticks.map((tick) => (
              <span key={tick.toISOString()} className="absolute top-0 whitespace-nowrap" style={{ insetInlineStart: `${(x(tick) / WIDTH) * 100}%` }}>
                {month.format(tick)}
              </span>
            ))}
          </div>
        </div>
        <ol className="space-y-2">
          {activities.map((a) => {
            const planned = bar(a.plannedStart, a.plannedEnd);
            const actual = a.actualStart ? bar(a.actualStart, a.actualEnd ?? (a.status === "DONE" ? a.actualStart : new Date(end - day))) : null;
            const label = t("timelineRow", { title: a.title, planned: `${date(a.plannedStart)} – ${date(a.plannedEnd)}`, actual: a.actualStart ? `${date(a.actualStart)} – ${a.actualEnd ? date(a.actualEnd) : t("ongoing")}` : t("notStarted"), status: statusText(a) });
            return (
              <li key={a.id} className="grid grid-cols-1 gap-1 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] sm:items-center sm:gap-4">
                <span className="text-sm text-slate-900">
                  <span lang={a.textLocale} dir="auto">{a.title}</span>
                  <span className="block text-xs text-slate-600"><bdi lang={a.structure.nameLocale}>{a.structure.name}</bdi> · {statusText(a)}</span>
                </span>
                <svg viewBox={`0 0 ${WIDTH} 28`} preserveAspectRatio="none" className="h-7 w-full" role="img" aria-label={label}>
                  <title>{label}</title>
                  <rect x="0" y="0" width={WIDTH} height="28" className="fill-slate-50" />
                  {ticks.map((tick) => (
                    <line key={tick.toISOString()} x1={place(x(tick), 0, rtl)} x2={place(x(tick), 0, rtl)} y1="0" y2="28" className="stroke-slate-300" strokeWidth="2" vectorEffect="non-scaling-stroke" />
                  ))}
                  <rect x={planned.x} y="3" width={planned.w} height="10" rx="2" className="fill-white stroke-brand-700" strokeWidth="2" vectorEffect="non-scaling-stroke" />
                  {actual ? <rect x={actual.x} y="15" width={actual.w} height="10" rx="2" className={a.status === "CANCELLED" ? "fill-slate-400" : "fill-brand-700"} /> : null}
                </svg>
              </li>
            );
          })}
        </ol>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-800 underline">{t("dataTable")}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full">
            <caption className="sr-only">{t("timelineCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-1 text-start">{t("activity")}</th>
                <th scope="col" className="px-2 py-1 text-start">{t("structure")}</th>
                <th scope="col" className="px-2 py-1 text-start">{t("plannedStart")}</th>
                <th scope="col" className="px-2 py-1 text-start">{t("plannedEnd")}</th>
                <th scope="col" className="px-2 py-1 text-start">{t("actualStart")}</th>
                <th scope="col" className="px-2 py-1 text-start">{t("actualEnd")}</th>
                <th scope="col" className="px-2 py-1 text-start">{t("statusLabel")}</th>
              </tr>
            </thead>
            <tbody>
              {activities.map((a) => (
                <tr key={a.id} className="border-b border-slate-200">
                  <th scope="row" className="px-2 py-1 text-start font-normal"><span lang={a.textLocale} dir="auto">{a.title}</span></th>
                  <td className="px-2 py-1"><bdi lang={a.structure.nameLocale}>{a.structure.name}</bdi></td>
                  <td className="px-2 py-1 whitespace-nowrap">{date(a.plannedStart)}</td>
                  <td className="px-2 py-1 whitespace-nowrap">{date(a.plannedEnd)}</td>
                  <td className="px-2 py-1 whitespace-nowrap">{date(a.actualStart)}</td>
                  <td className="px-2 py-1 whitespace-nowrap">{date(a.actualEnd)}</td>
                  <td className="px-2 py-1">{statusText(a)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
