import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { activityStatuses, barShare, type StatusSummary } from "@/lib/content/plan-progress";
import { formatDate } from "@/lib/content/format";
import { intlLocale } from "@/lib/content/intl-locale";
import type { PublicActivity, PublicPlan } from "@/lib/data/plans/get-public-plans";

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
  share === null
    ? "–"
    : new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(share);

/** One horizontal progress bar (0..1), its value said in text next to it. */
export function ProgressBar({
  share,
  label,
  locale,
  tone = "brand",
}: {
  share: number | null;
  label: string;
  locale: AppLocale;
  tone?: "brand" | "over";
}) {
  const rtl = directionOf(locale) === "rtl";
  const w = Math.round(barShare(share) * WIDTH);
  return (
    <svg viewBox={`0 0 ${WIDTH} 16`} preserveAspectRatio="none" className="h-3 w-full" role="img" aria-label={label}>
      <title>{label}</title>
      <rect x="0" y="0" width={WIDTH} height="16" rx="4" className="fill-slate-200" />
      {w > 0 ? (
        <rect
          x={place(0, w, rtl)}
          y="0"
          width={w}
          height="16"
          rx="4"
          className={tone === "over" ? "fill-emerald-700" : "fill-brand-700"}
        />
      ) : null}
    </svg>
  );
}

/** A chart's figures as a table, folded under the chart (open without JavaScript too). */
function FiguresTable({
  summary,
  caption,
  columns,
  rows,
  numeric = false,
}: {
  summary: string;
  caption: string;
  columns: string[];
  rows: { key: string; head: ReactNode; cells: ReactNode[] }[];
  numeric?: boolean;
}) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-brand-800 underline">{summary}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-start">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              {columns.map((column) => (
                <th key={column} scope="col" className="px-2 py-1 text-start">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-200">
                <th scope="row" className="px-2 py-1 text-start font-normal">
                  {row.head}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={i} className={numeric ? "px-2 py-1 tabular-nums" : "px-2 py-1"}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Completion of each centre: done of the activities that count (cancelled ones do not). */
export async function CompletionChart({ plan, locale }: { plan: PublicPlan; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Plans" });
  const line = (summary: StatusSummary) => t("doneOf", { done: summary.done, total: summary.counted });
  return (
    <figure className="space-y-4" aria-labelledby="completion-caption">
      <figcaption id="completion-caption" className="text-sm text-slate-700">
        {t("completionCaption")}
      </figcaption>
      <ul className="space-y-3">
        {plan.groups.map(({ structure, summary }) => (
          <li
            key={structure.id}
            className="grid gap-1 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto] sm:items-center sm:gap-4"
          >
            <bdi className="font-medium text-slate-900" lang={structure.nameLocale}>
              {structure.name}
            </bdi>
            <ProgressBar
              share={summary.completion}
              locale={locale}
              label={`${structure.name}: ${line(summary)} (${percent(summary.completion, locale)})`}
            />
            <span className="text-sm text-slate-700 tabular-nums">{line(summary)}</span>
          </li>
        ))}
      </ul>
      <FiguresTable
        summary={t("dataTable")}
        caption={t("completionCaption")}
        columns={[t("structure"), ...activityStatuses.map((s) => t(`status.${s}`)), t("completion")]}
        rows={plan.groups.map(({ structure, summary }) => ({
          key: structure.id,
          head: <bdi lang={structure.nameLocale}>{structure.name}</bdi>,
          cells: [...activityStatuses.map((s) => summary.byStatus[s]), percent(summary.completion, locale)],
        }))}
        numeric
      />
    </figure>
  );
}

const day = 24 * 60 * 60 * 1000;

function span(activities: PublicActivity[], plan: PublicPlan) {
  const dates = activities
    .flatMap((a) => [a.plannedStart, a.plannedEnd, a.actualStart, a.actualEnd])
    .filter((d): d is Date => !!d);
  const start = Math.min(plan.periodStart.getTime(), ...dates.map((d) => d.getTime()));
  const end = Math.max(plan.periodEnd.getTime(), ...dates.map((d) => d.getTime())) + day;
  return { start, end };
}

/**
 * The timeline: for each activity its planned period (outlined) and its actual
 * one (filled), on one time axis. An ongoing activity runs to today, marked on
 * the axis when it falls inside it. "Today" is the day the page was rendered:
 * cached pages are rendered again at least hourly (revalidate), so it is at
 * most an hour old.
 */
export async function PlanTimeline({
  plan,
  locale,
  today = new Date(),
}: {
  plan: PublicPlan;
  locale: AppLocale;
  today?: Date;
}) {
  const t = await getTranslations({ locale, namespace: "Plans" });
  const rtl = directionOf(locale) === "rtl";
  const activities = plan.groups.flatMap((g) => g.activities);
  const { start, end } = span(activities, plan);
  const x = (date: Date) => ((date.getTime() - start) / (end - start)) * WIDTH;
  const todayDay = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const todayInside = todayDay.getTime() >= start && todayDay.getTime() < end;
  const ongoingEnd = new Date(Math.max(start, Math.min(todayDay.getTime(), end - day)));
  const bar = (from: Date, to: Date) => {
    const x0 = x(from);
    const w = Math.max(6, x(new Date(to.getTime() + day)) - x0);
    return { x: place(x0, w, rtl), w };
  };
  // Ticks: the first day of each quarter inside the span.
  const ticks: Date[] = [];
  const first = new Date(start);
  for (
    let d = new Date(Date.UTC(first.getUTCFullYear(), Math.floor(first.getUTCMonth() / 3) * 3 + 3, 1));
    d.getTime() < end;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1))
  )
    ticks.push(d);
  const month = new Intl.DateTimeFormat(intlLocale(locale), { month: "short", year: "numeric", timeZone: "UTC" });
  const date = (d: Date | null) => (d ? formatDate(d, locale) : t("notYet"));
  const statusText = (a: PublicActivity) => t(`status.${a.status}`);
  return (
    <figure className="space-y-3" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption" className="text-sm text-slate-700">
        {t("timelineCaption")}
      </figcaption>
      <p className="flex flex-wrap gap-4 text-sm text-slate-700" aria-hidden="true">
        <span className="inline-flex items-center gap-2">
          <span className="inline-block h-3 w-6 rounded-sm border-2 border-brand-700 bg-white" />
          {t("planned")}
        </span>
        <span className="inline-flex items-center gap-2">
          <span className="inline-block h-3 w-6 rounded-sm bg-brand-700" />
          {t("actual")}
        </span>
        {todayInside ? (
          <span className="inline-flex items-center gap-2">
            <span className="inline-block h-3 w-0 border-s-2 border-dashed border-amber-700" />
            {t("today", { date: formatDate(todayDay, locale) })}
          </span>
        ) : null}
      </p>
      <div className="space-y-1">
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] sm:gap-4">
          <span className="hidden sm:block" />
          <div className="relative h-5 text-xs text-slate-600" aria-hidden="true">
            {ticks.map((tick) => (
              <span
                key={tick.toISOString()}
                className="absolute top-0 whitespace-nowrap"
                style={{ insetInlineStart: `${(x(tick) / WIDTH) * 100}%` }}
              >
                {month.format(tick)}
              </span>
            ))}
          </div>
        </div>
        <ol className="space-y-2">
          {activities.map((a) => {
            const planned = bar(a.plannedStart, a.plannedEnd);
            const actual = a.actualStart
              ? bar(
                  a.actualStart,
                  a.actualEnd ??
                    (a.status === "DONE"
                      ? a.actualStart
                      : new Date(Math.max(a.actualStart.getTime(), ongoingEnd.getTime()))),
                )
              : null;
            const label = t("timelineRow", {
              title: a.title,
              planned: `${date(a.plannedStart)} – ${date(a.plannedEnd)}`,
              actual: a.actualStart
                ? `${date(a.actualStart)} – ${a.actualEnd ? date(a.actualEnd) : t("ongoing")}`
                : t("notStarted"),
              status: statusText(a),
            });
            return (
              <li
                key={a.id}
                className="grid grid-cols-1 gap-1 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] sm:items-center sm:gap-4"
              >
                <span className="text-sm text-slate-900">
                  <span lang={a.textLocale} dir="auto">
                    {a.title}
                  </span>
                  <span className="block text-xs text-slate-600">
                    <bdi lang={a.structure.nameLocale}>{a.structure.name}</bdi> · {statusText(a)}
                  </span>
                </span>
                <svg
                  viewBox={`0 0 ${WIDTH} 28`}
                  preserveAspectRatio="none"
                  className="h-7 w-full"
                  role="img"
                  aria-label={label}
                >
                  <title>{label}</title>
                  <rect x="0" y="0" width={WIDTH} height="28" className="fill-slate-50" />
                  {ticks.map((tick) => (
                    <line
                      key={tick.toISOString()}
                      x1={place(x(tick), 0, rtl)}
                      x2={place(x(tick), 0, rtl)}
                      y1="0"
                      y2="28"
                      className="stroke-slate-300"
                      strokeWidth="2"
                      vectorEffect="non-scaling-stroke"
                    />
                  ))}
                  <rect
                    x={planned.x}
                    y="3"
                    width={planned.w}
                    height="10"
                    rx="2"
                    className="fill-white stroke-brand-700"
                    strokeWidth="2"
                    vectorEffect="non-scaling-stroke"
                  />
                  {actual ? (
                    <rect
                      x={actual.x}
                      y="15"
                      width={actual.w}
                      height="10"
                      rx="2"
                      className={a.status === "CANCELLED" ? "fill-slate-400" : "fill-brand-700"}
                    />
                  ) : null}
                  {todayInside ? (
                    <line
                      x1={place(x(todayDay), 0, rtl)}
                      x2={place(x(todayDay), 0, rtl)}
                      y1="0"
                      y2="28"
                      className="stroke-amber-700"
                      strokeWidth="2"
                      strokeDasharray="4 3"
                      vectorEffect="non-scaling-stroke"
                    />
                  ) : null}
                </svg>
              </li>
            );
          })}
        </ol>
      </div>
      <FiguresTable
        summary={t("dataTable")}
        caption={t("timelineCaption")}
        columns={[
          t("activity"),
          t("structure"),
          t("plannedStart"),
          t("plannedEnd"),
          t("actualStart"),
          t("actualEnd"),
          t("statusLabel"),
        ]}
        rows={activities.map((a) => ({
          key: a.id,
          head: (
            <span lang={a.textLocale} dir="auto">
              {a.title}
            </span>
          ),
          cells: [
            <bdi key="structure" lang={a.structure.nameLocale}>
              {a.structure.name}
            </bdi>,
            ...[a.plannedStart, a.plannedEnd, a.actualStart, a.actualEnd].map((d, i) => (
              <span key={i} className="whitespace-nowrap">
                {date(d)}
              </span>
            )),
            statusText(a),
          ],
        }))}
      />
    </figure>
  );
}
