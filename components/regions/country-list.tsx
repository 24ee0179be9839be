import type { AppLocale } from "@/i18n/routing";
import { sortedCountryNames } from "@/lib/content/countries";

export function CountryList({ codes, locale }: { codes: string[]; locale: AppLocale }) {
  return (
    <ul
      className="columns-1 gap-6 text-slate-800 min-[420px]:columns-2 md:columns-3 lg:columns-4"
      data-testid="member-countries"
    >
      {sortedCountryNames(codes, locale).map((country) => (
        <li key={country.code} className="break-inside-avoid py-1">
          {country.name}
        </li>
      ))}
    </ul>
  );
}
