import "server-only";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { listCalendarMeetings } from "@/lib/data/meetings/list-calendar-meetings";
import { absoluteUrl } from "@/lib/seo/metadata";
import { regionCodeSchema, slugSchema, type SearchParams } from "@/lib/validation/public-filters";
import { meetingsToIcs } from "./ics";
import { calendarResponse, siteHost } from "./responses";

/** The calendar of published meetings; `region` and `structure` narrow it. */
export async function meetingsCalendarResponse(locale: AppLocale, query: SearchParams): Promise<Response> {
  const region = regionCodeSchema.parse(query.region);
  const structure = slugSchema.parse(query.structure);
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
