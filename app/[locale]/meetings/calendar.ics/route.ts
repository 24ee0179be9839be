import { getTranslations } from "next-intl/server";
import { listCalendarMeetings } from "@/lib/data/meeting-calendar";
import { meetingsToIcs } from "@/lib/feeds/ics";
import { calendarResponse, feedLocale, notFoundResponse, siteHost } from "@/lib/feeds/responses";
import { absoluteUrl } from "@/lib/seo/metadata";
import { regionCodeSchema, slugSchema } from "@/lib/validation/public-filters";

// All published meetings; ?region=eur and ?structure=<slug> narrow the calendar.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = feedLocale((await params).locale);
  if (!locale) return notFoundResponse();
  const search = new URL(request.url).searchParams;
  const region = regionCodeSchema.parse(search.get("region") ?? undefined);
  const structure = slugSchema.parse(search.get("structure") ?? undefined);
  const meetings = await listCalendarMeetings({ locale, region, structure });
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const site = await getTranslations({ locale, namespace: "Site" });
  const body = meetingsToIcs(meetings, {
    calendarName: `${site("name")} — ${t("title")}`,
    urlFor: (slug) => absoluteUrl(locale, `/meetings/${slug}`),
    host: siteHost(),
  });
  return calendarResponse(body, "meetings.ics");
}
