import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { formatHours, timeZoneLabel, timeZoneOffset } from "@/lib/content/format";

type Times = { startsAt: Date; endsAt: Date; timeZone: string };

/**
 * A meeting's hours in one zone, named with it: "10:00–14:00 · Gulf Standard
 * Time (GMT+4)". The page shows them in the meeting's zone; the times page in
 * the zone a visitor chose.
 */
export async function MeetingHours({
  meeting,
  locale,
  zone,
  compact = false,
}: {
  meeting: Times;
  locale: AppLocale;
  zone?: string;
  /** Cards: the hours and the offset only ("10:00–14:00 GMT+4"), light on lists that show many. */
  compact?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "MeetingTimes" });
  const timeZone = zone ?? meeting.timeZone;
  const hours = formatHours(meeting.startsAt, meeting.endsAt, timeZone, locale);
  // A card puts the hours right after the dates: "2–4 January 2027 09:00–17:00 GMT+7" reads as the first day's start and the last one's end.
  if (compact)
    return (
      <span className="block text-xs font-normal text-slate-700">{`${t("hours", { start: hours.start, end: hours.end })} ${timeZoneOffset(timeZone, meeting.startsAt, locale)}`}</span>
    );
  const text = t(hours.acrossDays ? "hoursAcrossDays" : "hours", { start: hours.start, end: hours.end });
  return (
    <span className="block">
      <span className="font-medium">{text}</span>{" "}
      <span className="text-slate-700">· {timeZoneLabel(timeZone, meeting.startsAt, locale)}</span>
    </span>
  );
}
