import { getPublicSeries } from "@/lib/data/meetings/get-public-series";
import { listCalendarMeetings } from "@/lib/data/meetings/list-calendar-meetings";
import { calendarOf } from "@/lib/feeds/meetings-calendar";
import { feedLocale, notFoundResponse } from "@/lib/feeds/responses";
import { slugSchema } from "@/lib/validation/public-filters";

// The calendar of one meeting series, cached until the series or its meetings change.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: rawLocale, slug: rawSlug } = await params;
  const locale = feedLocale(rawLocale);
  const slug = slugSchema.parse(rawSlug);
  if (!locale || !slug) return notFoundResponse();
  const series = await getPublicSeries({ locale, slug });
  if (!series) return notFoundResponse();
  const meetings = await listCalendarMeetings({ locale, series: slug });
  return calendarOf(locale, meetings, {
    name: series.name,
    path: `/meetings/series/${slug}/calendar.ics`,
    filename: `${slug}.ics`,
  });
}
