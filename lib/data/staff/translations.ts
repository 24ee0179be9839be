import "server-only";
import { locales, type AppLocale } from "@/i18n/routing";

type Status = "DRAFT" | "PUBLISHED";

/**
 * How the submitted texts change a record's translation rows: which locales to
 * write (with the publication date each keeps or gets), and which to remove
 * (a locale whose texts were cleared). `present` says whether a submitted
 * locale has any text at all.
 */
export function planTranslations<T extends { status: Status }>(
  submitted: Partial<Record<AppLocale, T | undefined>>,
  existing: { locale: string; status: Status; publishedAt: Date | null }[],
  present: (text: T) => boolean,
  now: Date,
) {
  const before = new Map(existing.map((row) => [row.locale, row]));
  const write: { locale: AppLocale; text: T; publishedAt: Date | null }[] = [];
  const remove: AppLocale[] = [];
  for (const locale of locales) {
    const text = submitted[locale];
    if (text && present(text)) {
      const old = before.get(locale);
      const publishedAt = text.status === "PUBLISHED" ? (old?.status === "PUBLISHED" ? old.publishedAt ?? now : now) : null;
      write.push({ locale, text, publishedAt });
    } else if (before.has(locale)) {
      remove.push(locale);
    }
  }
  const statusChanged =
    remove.some((l) => before.get(l)?.status === "PUBLISHED") || write.some((w) => (before.get(w.locale)?.status ?? "DRAFT") !== w.text.status);
  return { write, remove, statusChanged };
}
