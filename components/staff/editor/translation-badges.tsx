import { locales } from "@/i18n/routing";

/** EN · FR · ES · RU · AR with each translation's state, readable without colour. */
export function TranslationBadges({ label, translations, names, statusText }: {
  label: string;
  translations: { locale: string; status: string }[];
  names: Record<string, string>;
  statusText: { PUBLISHED: string; DRAFT: string; missing: string };
}) {
  const byLocale = new Map(translations.map((t) => [t.locale, t.status]));
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {locales.map((locale) => {
        const status = byLocale.get(locale);
        const style =
          status === "PUBLISHED" ? "border-green-700 bg-green-50 text-green-900" : status === "DRAFT" ? "border-amber-600 bg-amber-50 text-amber-950" : "border-slate-300 bg-white text-slate-600";
        const text = status === "PUBLISHED" ? statusText.PUBLISHED : status === "DRAFT" ? statusText.DRAFT : statusText.missing;
        return (
          <li key={locale} className={`rounded border px-1.5 py-0.5 text-xs ${style}`}>
            <abbr title={names[locale]} className="font-semibold no-underline">
              {locale.toUpperCase()}
            </abbr>{" "}
            {text}
          </li>
        );
      })}
    </ul>
  );
}
