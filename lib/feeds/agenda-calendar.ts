import "server-only";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import type { TimetablePerson } from "@/lib/data/meetings/select-timetable";
import { absoluteUrl } from "@/lib/seo/metadata";
import { agendaToIcs } from "./ics";
import { calendarResponse, notFoundResponse, siteHost } from "./responses";

const personText = (p: TimetablePerson) =>
  p.name ? (p.organization ? `${p.name} (${p.organization.name})` : p.name) : (p.organization?.name ?? "");

/** The timetable of a published meeting as a calendar file: one event per timed agenda item. */
export async function agendaCalendarResponse(locale: AppLocale, slug: string): Promise<Response> {
  const meeting = await getPublishedMeeting({ locale, slug });
  if (!meeting) return notFoundResponse();
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: "Timetable" }),
    getTranslations({ locale, namespace: "Site" }),
  ]);
  const url = absoluteUrl(locale, `/meetings/${slug}`);
  const sessions = new Map(meeting.sessions.map((s) => [s.id, s]));
  const place = [meeting.text.venue, meeting.cityName].filter(Boolean).join(", ");
  const items = meeting.agenda.flatMap((item) => {
    if (!item.startsAt) return [];
    const session = item.sessionId ? sessions.get(item.sessionId) : undefined;
    const speakers = item.speakers.map(personText).filter(Boolean);
    const description = [
      session?.title,
      item.description,
      speakers.length ? `${t("speakers", { count: speakers.length })}: ${speakers.join("; ")}` : "",
      session?.link,
      `${meeting.text.title}: ${url}`,
    ]
      .filter(Boolean)
      .join("\n\n");
    return [
      {
        id: item.id,
        title: item.title,
        description,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        location: session?.room || session?.link || place,
        url: `${url}#agenda`,
        updatedAt: meeting.updatedAt,
      },
    ];
  });
  const body = agendaToIcs(items, {
    calendarName: `${site("name")} — ${meeting.text.title}`,
    host: siteHost(),
    source: absoluteUrl(locale, `/meetings/${slug}/agenda.ics`),
  });
  return calendarResponse(body, `${slug}-agenda.ics`);
}
