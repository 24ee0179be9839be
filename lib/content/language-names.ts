// Names of the content languages in the reader's language, for sentences
// ("public in English and Russian"); the language switcher and the editor's
// tabs name each language in itself (messages: Languages).
import type { AppLocale } from "@/i18n/routing";

const names = new Map<string, Intl.DisplayNames>();

export function languageName(language: AppLocale, reader: AppLocale): string {
  let display = names.get(reader);
  if (!display) {
    display = new Intl.DisplayNames([reader], { type: "language", fallback: "code" });
    names.set(reader, display);
  }
  return display.of(language) ?? language;
}

/** "English, French and Russian", in the reader's language. */
export function languageList(languages: readonly AppLocale[], reader: AppLocale): string {
  return new Intl.ListFormat(reader, { type: "conjunction" }).format(languages.map((l) => languageName(l, reader)));
}
