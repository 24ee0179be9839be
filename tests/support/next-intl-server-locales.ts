// next-intl/server for the tests of text written in a given language (a
// mail in its recipient's language): the real translator over each locale's
// real messages, with the portal's number formats. A test file opts in with
//   vi.mock("next-intl/server", () => import("../support/next-intl-server-locales"));
// (the default stand-in, tests/support/next-intl-server.ts, is English only).
import { createTranslator } from "use-intl/core";
import type { AppLocale } from "@/i18n/routing";
import { messageFormats } from "@/lib/content/intl-locale";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import es from "@/messages/es.json";
import ru from "@/messages/ru.json";
import ar from "@/messages/ar.json";

const messages = { en, fr, es, ru, ar } as Record<AppLocale, typeof en>;

type Options = string | { locale?: string; namespace?: string } | undefined;

export async function getTranslations(options?: Options) {
  const namespace = typeof options === "string" ? options : options?.namespace;
  const locale = ((typeof options === "object" && options.locale) || "en") as AppLocale;
  return createTranslator({
    locale,
    messages: messages[locale] ?? en,
    namespace: namespace as never,
    formats: messageFormats(locale),
  });
}

export async function getLocale() {
  return "en";
}

export function setRequestLocale() {}
