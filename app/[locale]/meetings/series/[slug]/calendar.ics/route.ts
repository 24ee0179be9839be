import { getPublicSeries } from "@/lib/data/meetings/get-public-series";
import { listCalendarMeetings } from "@/lib/data/meetings/list-calendar-meetings";
import { calendarOf } from "@/lib/feeds/meetings-calendar";
import { notFoundResponse, slugFeed } from "@/lib/feeds/responses";

// The calendar of one meeting series, cached until the series or its meetings change.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export const GET = slugFeed(async (locale, slug) => {
  const series = await getPublicSeries({ locale, slug });
  if (!series) return notFoundResponse();
  const meetings = await listCalendarMeetings({ locale, series: slug });
  return calendarOf(locale, meetings, {
    name: series.name,
    path: `/meetings/series/${slug}/calendar.ics`,
    filename: `${slug}.ics`,
  });
});
