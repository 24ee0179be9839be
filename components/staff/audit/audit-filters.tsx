import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { AuditFilters as Filters } from "@/lib/validation/audit-filters";
import { entityTypeLabel } from "./labels";
import { buttonClass } from "@/components/ui/button";

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900";

/** A plain GET form: works without JavaScript, and the URL keeps the filters. */
export async function AuditFilters({
  locale,
  filters,
  actors,
  entityTypes,
}: {
  locale: AppLocale;
  filters: Filters;
  actors: { id: string; name: string; email: string }[];
  entityTypes: string[];
}) {
  const [t, f] = await Promise.all([
    getTranslations({ locale, namespace: "StaffAudit" }),
    getTranslations({ locale, namespace: "Filters" }),
  ]);
  return (
    <form
      method="get"
      action={`/${locale}/staff/audit`}
      aria-label={f("label")}
      className="grid gap-4 card sm:grid-cols-2 lg:grid-cols-3"
    >
      <div>
        <label htmlFor="filter-actor" className="text-sm font-medium text-slate-800">
          {t("filterActor")}
        </label>
        <select id="filter-actor" name="actor" defaultValue={filters.actor ?? ""} className={inputClass}>
          <option value="">{t("anyActor")}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>{`${a.name} (${a.email})`}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-type" className="text-sm font-medium text-slate-800">
          {t("filterType")}
        </label>
        <select id="filter-type" name="type" defaultValue={filters.type ?? ""} className={inputClass}>
          <option value="">{t("anyType")}</option>
          {entityTypes.map((type) => (
            <option key={type} value={type}>
              {entityTypeLabel(type, t)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-record" className="text-sm font-medium text-slate-800">
          {t("filterRecord")}
        </label>
        <input
          id="filter-record"
          name="record"
          type="text"
          defaultValue={filters.record ?? ""}
          dir="ltr"
          autoComplete="off"
          aria-describedby="filter-record-hint"
          className={inputClass}
        />
        <p id="filter-record-hint" className="mt-1 text-xs text-slate-600">
          {t("filterRecordHint")}
        </p>
      </div>
      <div>
        <label htmlFor="filter-from" className="text-sm font-medium text-slate-800">
          {t("filterFrom")}
        </label>
        <input
          id="filter-from"
          name="from"
          type="date"
          defaultValue={filters.from ?? ""}
          aria-describedby="filter-dates-hint"
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="filter-to" className="text-sm font-medium text-slate-800">
          {t("filterTo")}
        </label>
        <input
          id="filter-to"
          name="to"
          type="date"
          defaultValue={filters.to ?? ""}
          aria-describedby="filter-dates-hint"
          className={inputClass}
        />
        <p id="filter-dates-hint" className="mt-1 text-xs text-slate-600">
          {t("filterDatesHint")}
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <button type="submit" className={buttonClass("primary")}>
          {f("apply")}
        </button>
        <a href={`/${locale}/staff/audit`} className="py-2 text-sm font-medium text-brand-700 underline">
          {f("reset")}
        </a>
      </div>
    </form>
  );
}
