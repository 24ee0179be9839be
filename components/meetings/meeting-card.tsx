import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import { formatDateRange, formatPlace } from "@/lib/content/format";
import type { MeetingCard as MeetingCardData } from "@/lib/data/meetings/select-card";
import { FallbackBadge } from "@/components/ui/fallback-badge";
import { MeetingHours } from "./meeting-hours";

export async function MeetingCard({
  meeting,
  locale,
  headingLevel = 3,
  showHours = true,
}: {
  meeting: MeetingCardData;
  locale: AppLocale;
  headingLevel?: 2 | 3;
  /** The home page's short lists leave the hours to the lists and the meeting page (it keeps within its weight). */
  showHours?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = await getTranslations({ locale, namespace: "Meeting" });
  const place = formatPlace(meeting.cityName, meeting.countryCode, locale, (city, country) =>
    t("place", { city, country }),
  );
  return (
    <article className="card-column">
      <p className="text-sm font-medium text-brand-700">
        <time dateTime={meeting.startsAt.toISOString()}>
          {formatDateRange(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale)}
        </time>
        {showHours ? <MeetingHours meeting={meeting} locale={locale} compact /> : null}
      </p>
      <Heading className="card-title" lang={meeting.contentLocale} dir="auto">
        <Link href={`/meetings/${meeting.slug}`} className="hover:underline">
          {meeting.title}
        </Link>
      </Heading>
      <p className="card-meta">
        {t(`kind.${meeting.kind as "OTHER"}`)} · {t(`format.${meeting.format as "IN_PERSON"}`)}
        {place ? ` · ${place}` : ""}
      </p>
      {meeting.isFallback ? (
        <div className="mt-auto pt-2">
          <FallbackBadge locale={locale} />
        </div>
      ) : null}
    </article>
  );
}
