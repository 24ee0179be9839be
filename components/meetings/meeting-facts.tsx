import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import { formatDateRange, formatPlace } from "@/lib/content/format";
import type { OrganizationRef, PublicMeeting } from "@/lib/data/meetings/get-published-meeting";
import { buttonClass } from "@/components/ui/button";
import { LocalTimes } from "./local-times";
import { MeetingTimesMessages } from "./meeting-times-messages";
import { MeetingHours } from "./meeting-hours";

/** An organization's name, isolated from the text around it (<bdi>), linked to its profile when public. */
function OrgName({ org }: { org: OrganizationRef }) {
  return org.href ? (
    <Link href={org.href} lang={org.nameLocale} className="text-brand-700 underline">
      <bdi>{org.name}</bdi>
    </Link>
  ) : (
    <bdi lang={org.nameLocale}>{org.name}</bdi>
  );
}

export async function MeetingFacts({ meeting, locale }: { meeting: PublicMeeting; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const m = await getTranslations({ locale, namespace: "Meeting" });
  const times = await getTranslations({ locale, namespace: "MeetingTimes" });
  const timetable = await getTranslations({ locale, namespace: "Timetable" });
  const rows: { label: string; value: React.ReactNode }[] = [
    {
      label: t("dates"),
      value: (
        <>
          <time dateTime={meeting.startsAt.toISOString()}>
            {formatDateRange(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale)}
          </time>
          <MeetingHours meeting={meeting} locale={locale} />
          <MeetingTimesMessages>
            <LocalTimes
              startsAt={meeting.startsAt.toISOString()}
              endsAt={meeting.endsAt.toISOString()}
              timeZone={meeting.timeZone}
            />
          </MeetingTimesMessages>
          <Link href={`/meetings/${meeting.slug}/times`} className="mt-1 block text-brand-700 underline">
            {times("otherZone")}
          </Link>
        </>
      ),
    },
    { label: t("format"), value: m(`format.${meeting.format}`) },
  ];
  if (meeting.join)
    rows.push({
      label: timetable("join"),
      value: meeting.join.url ? (
        <a href={meeting.join.url} className="text-brand-700 underline" rel="noopener">
          {timetable("joinLink")}
        </a>
      ) : (
        timetable("joinLater")
      ),
    });
  if (meeting.text.venue)
    rows.push({
      label: t("venue"),
      value: (
        <span lang={meeting.text.locale} dir="auto">
          {meeting.text.venue}
        </span>
      ),
    });
  if (meeting.city || meeting.countryCode) {
    const place = formatPlace(meeting.cityName, meeting.countryCode, locale, (city, country) =>
      m("place", { city, country }),
    );
    rows.push({ label: t("place"), value: place });
  }
  if (meeting.region) {
    rows.push({
      label: t("region"),
      value: (
        <Link href={`/regions/${meeting.region.code.toLowerCase()}`} className="text-brand-700 underline">
          {meeting.region.name}
        </Link>
      ),
    });
  }
  if (meeting.host) rows.push({ label: t("host"), value: <OrgName org={meeting.host} /> });
  if (meeting.organizer) rows.push({ label: t("organizer"), value: <OrgName org={meeting.organizer} /> });
  if (meeting.series) {
    rows.push({
      label: t("series"),
      value: (
        <Link href={`/meetings/series/${meeting.series.slug}`} className="text-brand-700 underline">
          {meeting.number !== null
            ? t("seriesNumber", { series: meeting.series.name, number: meeting.number })
            : meeting.series.name}
        </Link>
      ),
    });
  }
  // First on the page at every size: the dates across the block, then place, format, host and
  // organizer two by two on a phone (the rest after them).
  const first = [t("dates"), t("place"), t("format"), t("host"), t("organizer")];
  const rank = (label: string) => (first.includes(label) ? first.indexOf(label) : first.length);
  rows.sort((a, b) => rank(a.label) - rank(b.label));
  return (
    <section aria-labelledby="facts" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="facts" className="sr-only">
        {t("facts")}
      </h2>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm lg:grid-cols-4">
        {rows.map((row, index) => (
          <div key={row.label} className={index === 0 ? "col-span-2" : undefined}>
            <dt className="font-medium text-slate-600">{row.label}</dt>
            <dd className="text-slate-900">{row.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4">
        <a href={`/${locale}/meetings/${meeting.slug}/calendar.ics`} className={buttonClass("primary")}>
          {t("addToCalendar")}
        </a>
      </p>
    </section>
  );
}

export { OrgName };
