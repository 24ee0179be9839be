import { getTranslations } from "next-intl/server";
import { listCalendarMeetings } from "@/lib/data/meetings/list-calendar-meetings";
import { calendarOf } from "@/lib/feeds/meetings-calendar";
import { notFoundResponse, slugFeed } from "@/lib/feeds/responses";

// Cached until the meeting changes.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export const GET = slugFeed(async (locale, slug) => {
  const meetings = await listCalendarMeetings({ locale, slug });
  if (!meetings.length) return notFoundResponse();
  const site = await getTranslations({ locale, namespace: "Site" });
  return calendarOf(locale, meetings, {
    name: `${site("name")} — ${meetings[0].title}`,
    path: `/meetings/${slug}/calendar.ics`,
    filename: `${slug}.ics`,
  });
});
