// The alert forms' plain POSTs (app/api/alerts/*), shared by their route
// handlers: where to send the visitor next, in their language.
import { hasLocale } from "next-intl";
import { routing, type AppLocale } from "@/i18n/routing";

export function formLocale(value: FormDataEntryValue | string | null): AppLocale {
  const text = typeof value === "string" ? value : "";
  return hasLocale(routing.locales, text) ? text : routing.defaultLocale;
}

/** A 303 to a page of this site (relative, so it works behind any proxy). */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

export async function formOf(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}
