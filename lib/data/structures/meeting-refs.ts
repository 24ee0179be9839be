import "server-only";
import { pickTranslation } from "@/lib/content/translation";
import type { AppLocale } from "@/i18n/routing";
import { publishedTranslations } from "../visibility";

// Meetings as listed on structure and region pages: enough for a card or a
// line (title, dates in the meeting's time zone, place, link). The shape
// matches the MeetingCard of lib/data/meetings.ts, so the same component renders it.

export type MeetingRef = {
  id: string;
  slug: string;
  kind: string;
  format: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  city: string;
  countryCode: string | null;
  title: string;
  summary: string;
  contentLocale: AppLocale;
  isFallback: boolean;
};

export const meetingRefSelect = (locale: AppLocale) =>
  ({
    id: true,
    slug: true,
    kind: true,
    format: true,
    startsAt: true,
    endsAt: true,
    timeZone: true,
    city: true,
    countryCode: true,
    translations: { ...publishedTranslations(locale), select: { locale: true, title: true, summary: true } },
  }) as const;

type MeetingRefRow = Omit<MeetingRef, "title" | "summary" | "contentLocale" | "isFallback"> & {
  translations: { locale: string; title: string; summary: string }[];
};

export function toMeetingRefs(rows: MeetingRefRow[], locale: AppLocale): MeetingRef[] {
  return rows.flatMap(({ translations, ...row }) => {
    const text = pickTranslation(translations, locale);
    return text
      ? [{ ...row, countryCode: row.countryCode?.trim() ?? null, title: text.title, summary: text.summary, contentLocale: text.locale, isFallback: text.isFallback }]
      : [];
  });
}
