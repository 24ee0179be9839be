import { agendaCalendarResponse } from "@/lib/feeds/agenda-calendar";
import { slugFeed } from "@/lib/feeds/responses";

// A meeting's timetable in iCalendar, one event per timed item; cached until the meeting changes.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export const GET = slugFeed(agendaCalendarResponse);
