import { feedLocale, notFoundResponse } from "@/lib/feeds/responses";
import { meetingsCalendarResponse } from "@/lib/feeds/meetings-calendar";
import { viewParams } from "@/lib/validation/list-views";

// The meetings calendar narrowed to a region or a structure: the proxy
// rewrites /{locale}/meetings/calendar.ics?region=… here, one cached file per view.
export const revalidate = 3600;
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; view: string }> }) {
  const { locale: raw, view } = await params;
  const locale = feedLocale(raw);
  if (!locale) return notFoundResponse();
  return meetingsCalendarResponse(locale, viewParams(view));
}
