import { localeFeed } from "@/lib/feeds/responses";
import { meetingsCalendarResponse } from "@/lib/feeds/meetings-calendar";

// All published meetings, cached until a meeting changes. ?region=eur and
// ?structure=<slug> go to ../calendar/view/[view] (the proxy canonicalizes them).
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export const GET = localeFeed((locale) => meetingsCalendarResponse(locale, {}));
