import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { formatDateRange, formatPlace } from "@/lib/content/format";
import type { MeetingCard } from "@/lib/data/meetings/select-card";
import { FallbackBadge } from "@/components/ui/fallback-badge";

/** A compact list of meetings: dates in the meeting's own time zone, title, kind and place. */
export async function MeetingLines({ meetings, locale }: { meetings: MeetingCard[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Meeting" });
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
      {meetings.map((meeting) => {
        const place = formatPlace(meeting.cityName, meeting.countryCode, locale, (city, country) =>
          t("place", { city, country }),
        );
        return (
          <li key={meeting.id} className="p-4">
            <p className="text-sm font-medium text-brand-700">
              <time dateTime={meeting.startsAt.toISOString()}>
                {formatDateRange(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale)}
              </time>
            </p>
            <p className="mt-0.5 font-semibold" lang={meeting.contentLocale}>
              <Link
                href={`/meetings/${meeting.slug}`}
                dir={directionOf(meeting.contentLocale)}
                className="text-slate-900 hover:text-brand-800 hover:underline"
              >
                {meeting.title}
              </Link>
            </p>
            <p className="mt-0.5 text-sm text-slate-600">
              {t(`kind.${meeting.kind as "OTHER"}`)} · {t(`format.${meeting.format as "IN_PERSON"}`)}
              {place ? ` · ${place}` : ""}
            </p>
            {meeting.isFallback ? <FallbackBadge locale={locale} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The profile's meetings: hosted, organized and attended, each the latest few. */
export async function StructureMeetings({
  meetings,
  limit,
  locale,
}: {
  meetings: { hosted: MeetingCard[]; organized: MeetingCard[]; attended: MeetingCard[] };
  limit: number;
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: "Structures" });
  const lists = [
    { key: "hosted", title: t("meetingsHosted"), items: meetings.hosted },
    { key: "organized", title: t("meetingsOrganized"), items: meetings.organized },
    { key: "attended", title: t("meetingsAttended"), items: meetings.attended },
  ].filter((list) => list.items.length > 0);
  return (
    <section aria-labelledby="meetings" className="space-y-4">
      <h2 id="meetings" className="border-b border-slate-200 pb-2 text-xl font-semibold text-brand-900">
        {t("meetingsTitle")}
      </h2>
      {lists.length === 0 ? <p className="text-slate-700">{t("noMeetings")}</p> : null}
      {lists.map((list) => (
        <section key={list.key} aria-labelledby={`meetings-${list.key}`} className="space-y-3">
          <h3 id={`meetings-${list.key}`} className="text-lg font-semibold text-slate-900">
            {list.title}
          </h3>
          <MeetingLines meetings={list.items} locale={locale} />
          {list.items.length >= limit ? (
            <p className="text-sm text-slate-600">{t("latestOnly", { count: limit })}</p>
          ) : null}
        </section>
      ))}
    </section>
  );
}
