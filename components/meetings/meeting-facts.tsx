import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import { formatDateRange, formatPlace, timeZoneLabel } from "@/lib/content/format";
import type { OrganizationRef, PublicMeeting } from "@/lib/data/meetings/get-published-meeting";
import { buttonClass } from "@/components/ui/button";

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
  const rows: { label: string; value: React.ReactNode }[] = [
    {
      label: t("dates"),
      value: (
        <>
          <time dateTime={meeting.startsAt.toISOString()}>
            {formatDateRange(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale)}
          </time>
          <span className="block text-xs text-slate-600">
            {t("timeZone", { timeZone: timeZoneLabel(meeting.timeZone, meeting.startsAt, locale) })}
          </span>
        </>
      ),
    },
    { label: t("format"), value: m(`format.${meeting.format}`) },
  ];
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
  return (
    <section aria-labelledby="facts" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="facts" className="text-lg font-semibold text-brand-900">
        {t("facts")}
      </h2>
      <dl className="mt-3 space-y-3 text-sm">
        {rows.map((row) => (
          <div key={row.label}>
            <dt className="font-medium text-slate-600">{row.label}</dt>
            <dd className="text-slate-900">{row.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-5">
        <a href={`/${locale}/meetings/${meeting.slug}/calendar.ics`} className={buttonClass("primary")}>
          {t("addToCalendar")}
        </a>
      </p>
    </section>
  );
}

export { OrgName };
