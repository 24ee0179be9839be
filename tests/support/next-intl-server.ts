// Stands in for next-intl/server in vitest: the real translator of use-intl
// over the real English messages, without a Next.js request.
import { createTranslator } from "use-intl/core";
import messages from "@/messages/en.json";

type Options = string | { locale?: string; namespace?: string } | undefined;

export async function getTranslations(options?: Options) {
  const namespace = typeof options === "string" ? options : options?.namespace;
  return createTranslator({ locale: "en", messages, namespace: namespace as never });
}

export async function getLocale() {
  return "en";
}

export function setRequestLocale() {}
