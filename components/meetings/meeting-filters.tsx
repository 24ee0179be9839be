import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { intlLocale } from "@/lib/content/intl-locale";
import { kindToParam, meetingKinds, type MeetingFilters as Filters } from "@/lib/validation/meeting-filters";
import type { RegionSummary } from "@/lib/data/regions/list-regions";
import { buttonClass } from "@/components/ui/button";

const selectClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:border-brand-600";

/** The props of a public list's filter form: its filters and the regions and years to choose from. */
export type ListFiltersProps<F> = { locale: AppLocale; filters: F; regions: RegionSummary[]; years: number[] };

/** A plain GET form: works without JavaScript, and the URL keeps the filters. */
export async function MeetingFilters({ locale, filters, regions, years }: ListFiltersProps<Filters>) {
  const t = await getTranslations({ locale, namespace: "Meetings" });
  const meeting = await getTranslations({ locale, namespace: "Meeting" });
  const f = await getTranslations({ locale, namespace: "Filters" });
  return (
    <form
      method="get"
      action={`/${locale}/meetings`}
      aria-label={f("label")}
      className="grid gap-4 card sm:grid-cols-2 lg:grid-cols-5"
    >
      <div>
        <label htmlFor="filter-region" className="text-sm font-medium text-slate-800">
          {t("filterRegion")}
        </label>
        <select
          id="filter-region"
          name="region"
          defaultValue={filters.region?.toLowerCase() ?? ""}
          className={selectClass}
        >
          <option value="">{t("anyRegion")}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code.toLowerCase()}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-kind" className="text-sm font-medium text-slate-800">
          {t("filterKind")}
        </label>
        <select
          id="filter-kind"
          name="kind"
          defaultValue={filters.kind ? kindToParam(filters.kind) : ""}
          className={selectClass}
        >
          <option value="">{t("anyKind")}</option>
          {meetingKinds.map((kind) => (
            <option key={kind} value={kindToParam(kind)}>
              {meeting(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-year" className="text-sm font-medium text-slate-800">
          {t("filterYear")}
        </label>
        <select
          id="filter-year"
          name="year"
          defaultValue={filters.year ? String(filters.year) : ""}
          className={selectClass}
        >
          <option value="">{t("anyYear")}</option>
          {years.map((year) => (
            <option key={year} value={String(year)}>
              {new Intl.NumberFormat(intlLocale(locale), { useGrouping: false }).format(year)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-when" className="text-sm font-medium text-slate-800">
          {t("filterWhen")}
        </label>
        <select id="filter-when" name="when" defaultValue={filters.when ?? ""} className={selectClass}>
          <option value="">{t("anyWhen")}</option>
          <option value="upcoming">{t("upcoming")}</option>
          <option value="past">{t("past")}</option>
        </select>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className={buttonClass("primary")}>
          {f("apply")}
        </button>
        <a href={`/${locale}/meetings`} className="py-2 text-sm font-medium text-brand-700 underline">
          {f("reset")}
        </a>
      </div>
    </form>
  );
}
