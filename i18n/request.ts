import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { messageFormats } from "@/lib/content/intl-locale";
import { routing } from "./routing";

type Messages = Record<string, unknown>;

/** The locale's messages over the English ones: a key not yet translated shows in English, never as a raw key. */
function withEnglishFallback(english: Messages, translated: Messages): Messages {
  const merged: Messages = { ...english };
  for (const [key, value] of Object.entries(translated)) {
    const base = english[key];
    merged[key] =
      value && typeof value === "object" && base && typeof base === "object"
        ? withEnglishFallback(base as Messages, value as Messages)
        : value;
  }
  return merged;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const english = (await import("../messages/en.json")).default as Messages;
  const messages =
    locale === "en" ? english : withEnglishFallback(english, (await import(`../messages/${locale}.json`)).default);
  // Number formats pin each locale's digits (lib/content/intl-locale.ts); the
  // client provider inherits them.
  return { locale, messages, formats: messageFormats(locale) };
});
