import { getTranslations } from "next-intl/server";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { formatDate, formatPlace, isoDate } from "@/lib/content/format";
import type { StructureHistoryItem } from "@/lib/data/structures/get-public-structure";

/** Dated history (terms, relocations…), oldest first, as a timeline. */
export async function StructureHistory({ entries, locale }: { entries: StructureHistoryItem[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Structures" });
  return (
    <ol className="relative space-y-6 border-s-2 border-brand-100 ps-6">
      {entries.map((entry) => {
        const start = <time dateTime={isoDate(entry.startsOn)}>{formatDate(entry.startsOn, locale)}</time>;
        const period = entry.endsOn ? (
          <>
            {start} – <time dateTime={isoDate(entry.endsOn)}>{formatDate(entry.endsOn, locale)}</time>
          </>
        ) : entry.kind === "ESTABLISHED" || entry.kind === "RELOCATION" ? (
          start
        ) : (
          t.rich("since", {
            date: formatDate(entry.startsOn, locale),
            time: (chunks) => <time dateTime={isoDate(entry.startsOn)}>{chunks}</time>,
          })
        );
        const place = entry.city
          ? formatPlace(entry.cityName, entry.countryCode, locale, (city, country) => t("place", { city, country }))
          : "";
        return (
          <li key={entry.id} className="relative">
            <span
              aria-hidden="true"
              className="absolute -start-[31px] top-1.5 size-3 rounded-full border-2 border-white bg-brand-700 ring-2 ring-brand-100"
            />
            <p className="text-sm font-medium text-brand-700">{period}</p>
            <p className="mt-0.5 font-semibold text-slate-900">
              {t(`historyKind.${entry.kind}`)}
              {place ? <span className="font-normal text-slate-700"> · {place}</span> : null}
            </p>
            {entry.summary ? (
              <p className="mt-1 text-slate-700">
                <span
                  lang={entry.contentLocale ?? undefined}
                  dir={entry.contentLocale ? directionOf(entry.contentLocale) : "auto"}
                >
                  {entry.summary}
                </span>
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
