import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { meetingStatuses, type StaffMeetingFilters as Filters } from "@/lib/validation/meetings";
import { buttonClass } from "@/components/ui/button";
import { SearchFilterField } from "@/components/ui/search-filter-field";

const control = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900";

/** A plain GET form (works without JavaScript; the URL keeps the filters). */
export async function StaffMeetingFilters({ locale, filters }: { locale: AppLocale; filters: Filters }) {
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  const staff = await getTranslations({ locale, namespace: "Staff" });
  const f = await getTranslations({ locale, namespace: "Filters" });
  return (
    <form
      method="get"
      action={`/${locale}/staff/meetings`}
      aria-label={f("label")}
      className="grid gap-4 card sm:grid-cols-[1fr_2fr_auto_auto]"
    >
      <div>
        <label htmlFor="filter-status" className="text-sm font-medium text-slate-800">
          {t("filterStatus")}
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status?.toLowerCase() ?? ""} className={control}>
          <option value="">{t("anyStatus")}</option>
          {meetingStatuses.map((status) => (
            <option key={status} value={status.toLowerCase()}>
              {staff(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <SearchFilterField label={t("filterText")} value={filters.q} />
      <div className="flex items-end pb-2">
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="mine"
            value="1"
            defaultChecked={filters.mine}
            className="size-4 accent-brand-700"
          />
          {t("filterMine")}
        </label>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className={buttonClass("primary")}>
          {f("apply")}
        </button>
        <a href={`/${locale}/staff/meetings`} className="py-2 text-sm font-medium text-brand-700 underline">
          {f("reset")}
        </a>
      </div>
    </form>
  );
}
