// How a submitted form changes a record's translation rows (one per
// language): which to write, with the status and publication date each keeps
// or gets, and which to remove (a language whose texts were all cleared).
import { locales, type AppLocale } from "@/i18n/routing";

export type TextStatus = "DRAFT" | "PUBLISHED";

/**
 * `present` says whether a submitted language has any text. A text that
 * carries a status (the structure profile's per-language select) takes it;
 * one without (news and meetings, published in their own step) keeps the
 * saved status, and a new one is a draft. A translation keeps its first
 * publication date.
 */
export function planTranslations<T extends object>(
  submitted: Partial<Record<AppLocale, T | undefined>>,
  existing: readonly { locale: string; status: TextStatus; publishedAt: Date | null }[],
  present: (text: T) => boolean,
  now: Date,
) {
  const before = new Map(existing.map((row) => [row.locale, row]));
  const write: { locale: AppLocale; text: T; status: TextStatus; publishedAt: Date | null }[] = [];
  const remove: AppLocale[] = [];
  for (const locale of locales) {
    const text = submitted[locale];
    const old = before.get(locale);
    if (text && present(text)) {
      const status = ("status" in text ? (text.status as TextStatus) : undefined) ?? old?.status ?? "DRAFT";
      const publishedAt =
        status === "PUBLISHED"
          ? old?.status === "PUBLISHED"
            ? (old.publishedAt ?? now)
            : now
          : (old?.publishedAt ?? null);
      write.push({ locale, text, status, publishedAt });
    } else if (old) {
      remove.push(locale);
    }
  }
  const statusChanged =
    remove.some((l) => before.get(l)?.status === "PUBLISHED") ||
    write.some((w) => (before.get(w.locale)?.status ?? "DRAFT") !== w.status);
  return { write, remove, statusChanged };
}
