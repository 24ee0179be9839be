import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import type { AppLocale } from "@/i18n/routing";
import { formatDateRange, timeZoneLabel } from "@/lib/content/format";
import { listTimeZones } from "@/lib/content/time-zone";
import type { PublicMeeting } from "@/lib/data/meetings/get-published-meeting";
import { MeetingHours } from "./meeting-hours";
import { MeetingTimetable } from "./meeting-timetable";

const selectClass =
  "mt-1 block w-full max-w-md rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:border-brand-600";

function When({ meeting, locale, zone }: { meeting: PublicMeeting; locale: AppLocale; zone: string }) {
  return (
    <>
      <time dateTime={meeting.startsAt.toISOString()} className="block">
        {formatDateRange(meeting.startsAt, meeting.endsAt, zone, locale)}
      </time>
      <MeetingHours meeting={meeting} locale={locale} zone={zone} />
    </>
  );
}

/**
 * A meeting's hours and agenda at the venue and in a zone the visitor chose,
 * with a plain GET form to choose it (works without JavaScript).
 */
export async function MeetingTimes({
  meeting,
  locale,
  zone,
}: {
  meeting: PublicMeeting;
  locale: AppLocale;
  zone: string | null;
}) {
  const t = await getTranslations({ locale, namespace: "MeetingTimes" });
  const m = await getTranslations({ locale, namespace: "Meetings" });
  const agendaZone = zone ?? meeting.timeZone;
  return (
    <article className="space-y-8">
      <PageHeader title={t("title", { title: meeting.text.title })} lang={meeting.text.locale} />
      <dl className="space-y-4 card text-sm">
        <div>
          <dt className="font-medium text-slate-600">{t("atVenue")}</dt>
          <dd className="text-slate-900">
            <When meeting={meeting} locale={locale} zone={meeting.timeZone} />
          </dd>
        </div>
        {zone ? (
          <div>
            <dt className="font-medium text-slate-600">{t("inZone")}</dt>
            <dd className="text-slate-900" data-testid="chosen-zone-times">
              <When meeting={meeting} locale={locale} zone={zone} />
            </dd>
          </div>
        ) : null}
      </dl>
      <form method="get" action={`/${locale}/meetings/${meeting.slug}/times`} className="space-y-3">
        <label htmlFor="times-zone" className="block text-sm font-medium text-slate-800">
          {t("zone")}
        </label>
        <select id="times-zone" name="tz" dir="ltr" defaultValue={zone ?? meeting.timeZone} className={selectClass}>
          {listTimeZones().map((id) => (
            <option key={id} value={id}>
              {id.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <button type="submit" className={buttonClass("primary")}>
          {t("show")}
        </button>
      </form>
      {meeting.agenda.some((item) => item.startsAt) ? (
        <section aria-labelledby="agenda-times" className="space-y-3">
          <h2 id="agenda-times" className="text-xl font-semibold text-brand-900">
            {m("agenda")}
          </h2>
          <p className="text-sm text-slate-700">
            {t("agendaIn", { timeZone: timeZoneLabel(agendaZone, meeting.startsAt, locale) })}
          </p>
          <MeetingTimetable meeting={meeting} locale={locale} zone={agendaZone} />
        </section>
      ) : null}
      <p>
        <Link href={`/meetings/${meeting.slug}`} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </article>
  );
}
