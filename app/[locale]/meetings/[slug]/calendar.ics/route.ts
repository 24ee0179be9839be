import { getTranslations } from "next-intl/server";
import { listCalendarMeetings } from "@/lib/data/meetings/list-calendar-meetings";
import { calendarOf } from "@/lib/feeds/meetings-calendar";
import { feedLocale, notFoundResponse } from "@/lib/feeds/responses";
import { slugSchema } from "@/lib/validation/public-filters";

// Cached until the meeting changes.
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
  const meetings = await listCalendarMeetings({ locale, slug });
  if (!meetings.length) return notFoundResponse();
  const site = await getTranslations({ locale, namespace: "Site" });
  return calendarOf(locale, meetings, {
    name: `${site("name")} — ${meetings[0].title}`,
    path: `/meetings/${slug}/calendar.ics`,
    filename: `${slug}.ics`,
  });
}
