"use client";

import { useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { formatDateRange, formatHours, timeZoneLabel } from "@/lib/content/format";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
const serverZone = () => null;

/**
 * The meeting's hours in the visitor's own zone, from the browser: rendered
 * only after hydration (the server and the cached HTML have nothing here, so
 * the page stays the same for everyone), and only when that zone's hours differ
 * from the venue's. Without JavaScript the times page does this with a select.
 */
export function LocalTimes({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  const t = useTranslations("MeetingTimes");
  const locale = useLocale() as AppLocale;
  const zone = useSyncExternalStore(noSubscription, browserZone, serverZone);
  if (!zone) return null;
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const here = formatHours(start, end, zone, locale);
  const there = formatHours(start, end, timeZone, locale);
  if (here.start === there.start && here.end === there.end && here.acrossDays === there.acrossDays) return null;
  return (
    <span className="mt-1 block" data-testid="local-times">
      {t("yourZone")}{" "}
      {t.rich("datesAndHours", {
        dates: formatDateRange(start, end, zone, locale),
        hours: t(here.acrossDays ? "hoursAcrossDays" : "hours", { start: here.start, end: here.end }),
        d: (chunks) => <span className="font-medium">{chunks}</span>,
        h: (chunks) => <span className="font-medium">{chunks}</span>,
      })}{" "}
      <span className="text-slate-700">· {timeZoneLabel(zone, start, locale)}</span>
    </span>
  );
}

/**
 * After hydration, when the visitor's zone is not the venue's: a link to the
 * agenda in their zone (the times page, which also works without JavaScript).
 */
export function AgendaInYourZone({ slug, startsAt, timeZone }: { slug: string; startsAt: string; timeZone: string }) {
  const t = useTranslations("MeetingTimes");
  const locale = useLocale() as AppLocale;
  const zone = useSyncExternalStore(noSubscription, browserZone, serverZone);
  if (!zone || zone === timeZone) return null;
  const start = new Date(startsAt);
  return (
    <p data-testid="agenda-your-zone" className="print:hidden">
      <a
        href={`/${locale}/meetings/${slug}/times?tz=${encodeURIComponent(zone)}#agenda-times`}
        className="text-brand-700 underline"
      >
        {t("agendaYourZone", { timeZone: timeZoneLabel(zone, start, locale) })}
      </a>
    </p>
  );
}
