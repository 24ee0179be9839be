import "server-only";
import { hasLocale } from "next-intl";
import { routing, type AppLocale } from "@/i18n/routing";
import { publicUrl } from "@/lib/config";
import { slugSchema } from "@/lib/validation/public-filters";

export function feedLocale(value: string): AppLocale | null {
  return hasLocale(routing.locales, value) ? value : null;
}

export function notFoundResponse() {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export function calendarResponse(body: string, filename: string) {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}

export function siteHost(): string {
  return new URL(publicUrl()).host;
}

/** The GET of a locale's feed: an unknown locale is a 404. */
export function localeFeed(respond: (locale: AppLocale) => Response | Promise<Response>) {
  return async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
    const locale = feedLocale((await params).locale);
    return locale ? respond(locale) : notFoundResponse();
  };
}

/** The GET of one record's feed: an unknown locale or a malformed slug is a 404. */
export function slugFeed(respond: (locale: AppLocale, slug: string) => Response | Promise<Response>) {
  return async (_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) => {
    const { locale: rawLocale, slug: rawSlug } = await params;
    const locale = feedLocale(rawLocale);
    const slug = slugSchema.parse(rawSlug);
    return locale && slug ? respond(locale, slug) : notFoundResponse();
  };
}
