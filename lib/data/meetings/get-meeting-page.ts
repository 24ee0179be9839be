import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { getMeetingPlans } from "../plans/get-public-plans";
import { getPublishedMeeting } from "./get-published-meeting";

/**
 * Everything the public meeting page shows: the meeting (tagged with every
 * record it shows) and the plans its decision adopted or follows up (tagged
 * with those plans); null for an unknown or unpublished slug.
 */
export async function getMeetingPage({ locale, slug }: { locale: AppLocale; slug: string }) {
  const meeting = await getPublishedMeeting({ locale, slug });
  if (!meeting) return null;
  const plans = await getMeetingPlans({
    locale,
    meetingId: meeting.id,
    seriesSlug: meeting.series?.slug ?? null,
    number: meeting.number,
    startsAt: meeting.startsAt,
  });
  return { meeting, plans };
}

export type MeetingPage = NonNullable<Awaited<ReturnType<typeof getMeetingPage>>>;
