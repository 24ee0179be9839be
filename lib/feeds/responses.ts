import "server-only";
import { hasLocale } from "next-intl";
import { routing, type AppLocale } from "@/i18n/routing";
import { publicUrl } from "@/lib/config";

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
