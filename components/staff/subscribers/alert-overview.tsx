import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { intlLocale } from "@/lib/content/intl-locale";
import { formatDateTimeUtc } from "@/lib/content/date-time";
import type { SubscriberOverview } from "@/lib/data/alerts/count-subscribers";
import { Link } from "@/i18n/navigation";

/** How long an alert has waited, in the reader's language: minutes, or hours past two. */
function waited(minutes: number, locale: AppLocale): string {
  const hours = minutes >= 120;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "unit",
    unit: hours ? "hour" : "minute",
    unitDisplay: "long",
    maximumFractionDigits: 0,
  }).format(hours ? Math.floor(minutes / 60) : minutes);
}

/**
 * E-mail alerts on the dashboard: how many people follow each region (counts,
 * never addresses) and, for administrators, the sending queue's state with a
 * link to the subscribers' requests page.
 */
export async function AlertOverview({ overview, locale }: { overview: SubscriberOverview; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "StaffSubscribers" });
  const number = new Intl.NumberFormat(intlLocale(locale));
  const queue = overview.queue;
  return (
    <div className="space-y-4">
      <table className="w-full text-sm" data-testid="region-subscribers">
        <caption className="sr-only">{t("regionCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-start">
            <th scope="col" className="py-2 text-start font-semibold text-slate-800">
              {t("region")}
            </th>
            <th scope="col" className="py-2 text-end font-semibold text-slate-800">
              {t("subscribers")}
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.regions.map((region) => (
            <tr key={region.code} className="border-b border-slate-200">
              <th scope="row" className="py-2 text-start font-normal text-slate-900">
                {region.name}
              </th>
              <td className="py-2 text-end text-slate-900 tabular-nums">{number.format(region.subscribers)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {queue ? (
        <div className="space-y-2" data-testid="alert-queue">
          <h3 className="font-semibold text-slate-900">{t("queueHeading")}</h3>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
            {(
              [
                ["queued", queue.queued],
                ["retrying", queue.retrying],
                ["sending", queue.sending],
                ["failed", queue.failed],
                ["sentToday", queue.sentToday],
                ["bounced", queue.bounced],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="flex justify-between gap-2 border-b border-slate-100 py-1" data-count={key}>
                <dt className="text-slate-700">{t(`queue.${key}`)}</dt>
                <dd className="font-medium text-slate-900 tabular-nums">{number.format(value)}</dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-slate-700" data-testid="oldest-waiting">
            {queue.oldestWaitingMinutes === null
              ? t("noneWaiting")
              : t("oldestWaiting", { age: waited(queue.oldestWaitingMinutes, locale) })}
          </p>
          {queue.overdue ? (
            <p role="status" className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              {t("overdue", { count: queue.overdue })}
            </p>
          ) : null}
          <p className="text-sm text-slate-700">
            {queue.lastSentAt
              ? t("lastSent", { date: formatDateTimeUtc(queue.lastSentAt, locale) })
              : t("nothingSentYet")}
          </p>
          <p className="text-sm">
            <Link href="/staff/subscribers" className="font-medium text-brand-700 underline">
              {t("requestsLink")}
            </Link>
          </p>
        </div>
      ) : null}
    </div>
  );
}
