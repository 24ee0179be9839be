// Which parts of a meeting a translation leaves to English. Visitors of a
// language whose text lacks a part read that part in English (marked
// lang="en" with a notice); the publish confirmation lists the same gaps,
// computed here, before staff make a language public.
import type { AppLocale } from "@/i18n/routing";

/** The parts of a meeting that are translated. The title is never missing: a translation cannot exist without one. */
export const translatedParts = ["title", "summary", "body", "venue", "agenda", "outcomes"] as const;
export type TranslatedPart = (typeof translatedParts)[number];

export type TranslationGap = { locale: AppLocale; present: TranslatedPart[]; missing: TranslatedPart[] };

type Texts = { locale: string; summary: string; body: string; venue: string };
type Parts = { translations: { locale: string }[] }[];

export type GapSource = { translations: Texts[]; agendaItems: Parts; outcomes: Parts };

const filled = (value: string | undefined) => Boolean(value?.trim());

/** Whether `locale` has each part that English has; a part English lacks is missing nowhere. */
function partStates(source: GapSource, locale: string) {
  const english = source.translations.find((t) => t.locale === "en");
  const own = source.translations.find((t) => t.locale === locale);
  const listState = (rows: Parts) => {
    const inEnglish = rows.filter((row) => row.translations.some((t) => t.locale === "en"));
    return {
      needed: inEnglish.length > 0,
      has: inEnglish.length > 0 && inEnglish.every((row) => row.translations.some((t) => t.locale === locale)),
    };
  };
  const textState = (key: "summary" | "body" | "venue") => ({
    needed: filled(english?.[key]),
    has: filled(own?.[key]),
  });
  return {
    title: { needed: true, has: Boolean(own) },
    summary: textState("summary"),
    body: textState("body"),
    venue: textState("venue"),
    agenda: listState(source.agendaItems),
    outcomes: listState(source.outcomes),
  } satisfies Record<TranslatedPart, { needed: boolean; has: boolean }>;
}

/**
 * For each of `locales` other than English that has a translation: the parts
 * it has, and the parts English has that it lacks (shown in English). Locales
 * without a gap are left out.
 */
export function translationGaps(source: GapSource, locales: readonly AppLocale[]): TranslationGap[] {
  return locales.flatMap((locale) => {
    if (locale === "en" || !source.translations.some((t) => t.locale === locale)) return [];
    const states = partStates(source, locale);
    const present = translatedParts.filter((part) => states[part].has);
    const missing = translatedParts.filter((part) => states[part].needed && !states[part].has);
    return missing.length ? [{ locale, present, missing }] : [];
  });
}
