import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { pickTranslation } from "@/lib/content/translation";
import { isoDate } from "@/lib/content/format";
import type { OrganizationRef, PublicAttendee } from "./get-published-meeting";

// The meeting page's timetable: agenda items with their times, sessions and
// speakers, and the documents attached to each item. A speaker or a chair is
// an attendee's person: named only when they consented (their name is read
// only through the consented people), otherwise by their organization.

/** Someone on the timetable: a consented name, or only the organization they came with. */
export type TimetablePerson = { name: string | null; jobTitle: string; organization: OrganizationRef | null };

type PersonRow = { id: string; attendeeId: string };
type Texts<T> = (T & { locale: string })[];

type TimetableRows = {
  agendaItems: {
    id: string;
    startsAt: Date | null;
    endsAt: Date | null;
    sessionId: string | null;
    translations: Texts<{ title: string; description: string }>;
    speakers: { person: PersonRow }[];
  }[];
  sessions: {
    id: string;
    room: string;
    link: string;
    chair: PersonRow | null;
    translations: Texts<{ title: string }>;
  }[];
};

export function toTimetable(
  rows: TimetableRows,
  attendees: PublicAttendee[],
  locale: AppLocale,
  publishedOnly: <T extends { locale: string }>(rows: T[]) => T[],
) {
  const byAttendee = new Map(attendees.map((a) => [a.id, a]));
  const person = ({ id, attendeeId }: PersonRow): TimetablePerson => {
    const attendee = byAttendee.get(attendeeId);
    const named = attendee?.people.find((p) => p.id === id);
    return {
      name: named?.fullName ?? null,
      jobTitle: named?.jobTitle ?? "",
      organization: attendee?.organization ?? null,
    };
  };
  const sessions = rows.sessions.flatMap((s) => {
    const t = pickTranslation(publishedOnly(s.translations), locale);
    return t
      ? [
          {
            id: s.id,
            title: t.title,
            locale: t.locale,
            room: s.room,
            link: s.link,
            chair: s.chair ? person(s.chair) : null,
          },
        ]
      : [];
  });
  const shownSessions = new Set(sessions.map((s) => s.id));
  const agenda = rows.agendaItems.flatMap((item) => {
    const t = pickTranslation(publishedOnly(item.translations), locale);
    if (!t) return [];
    return [
      {
        id: item.id,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        sessionId: item.sessionId && shownSessions.has(item.sessionId) ? item.sessionId : null,
        title: t.title,
        description: t.description,
        locale: t.locale,
        speakers: item.speakers.map((s) => person(s.person)),
      },
    ];
  });
  return { agenda, sessions };
}

/**
 * How to join an online or hybrid meeting, when the page may say it: staff
 * can keep the link back until the meeting's first day at its venue (the
 * publication sweep refreshes the page on that day). `later`: there is a link,
 * not public yet.
 */
export function joinLink(
  meeting: { format: string; joinUrl: string; joinUrlFromStartDay: boolean; startsAt: Date; timeZone: string },
  now: Date,
): { url: string | null; later: boolean } | null {
  if (meeting.format === "IN_PERSON" || !meeting.joinUrl) return null;
  const open =
    !meeting.joinUrlFromStartDay || isoDate(now, meeting.timeZone) >= isoDate(meeting.startsAt, meeting.timeZone);
  return open ? { url: meeting.joinUrl, later: false } : { url: null, later: true };
}
