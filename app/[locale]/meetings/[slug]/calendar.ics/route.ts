import { getTranslations } from "next-intl/server";
import { listCalendarMeetings } from "@/lib/data/meetings/list-calendar-meetings";
import { meetingsToIcs } from "@/lib/feeds/ics";
import { calendarResponse, feedLocale, notFoundResponse, siteHost } from "@/lib/feeds/responses";
import { absoluteUrl } from "@/lib/seo/metadata";
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
  const body = meetingsToIcs(meetings, {
    calendarName: site("name"),
    urlFor: (s) => absoluteUrl(locale, `/meetings/${s}`),
    host: siteHost(),
  });
  return calendarResponse(body, `${slug}.ics`);
}
