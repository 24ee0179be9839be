import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { userRoles, userStatusFilters, type UserListFilters } from "@/lib/validation/users";
import { buttonClass } from "@/components/ui/button";

const selectClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900";

/** A plain GET form: works without JavaScript, and the URL keeps the filters. */
export async function UserFilters({ locale, filters }: { locale: AppLocale; filters: UserListFilters }) {
  const [t, staff, f] = await Promise.all([
    getTranslations({ locale, namespace: "StaffUsers" }),
    getTranslations({ locale, namespace: "Staff" }),
    getTranslations({ locale, namespace: "Filters" }),
  ]);
  return (
    <form
      method="get"
      action={`/${locale}/staff/users`}
      aria-label={f("label")}
      className="grid gap-4 card sm:grid-cols-3"
    >
      <div>
        <label htmlFor="filter-role" className="text-sm font-medium text-slate-800">
          {t("role")}
        </label>
        <select id="filter-role" name="role" defaultValue={filters.role ?? ""} className={selectClass}>
          <option value="">{t("anyRole")}</option>
          {userRoles.map((role) => (
            <option key={role} value={role}>
              {staff(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="text-sm font-medium text-slate-800">
          {t("status")}
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={selectClass}>
          <option value="">{t("anyStatus")}</option>
          {userStatusFilters.map((status) => (
            <option key={status} value={status}>
              {t(`statusFilter.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <button type="submit" className={buttonClass("primary")}>
          {f("apply")}
        </button>
        <a href={`/${locale}/staff/users`} className="py-2 text-sm font-medium text-brand-700 underline">
          {f("reset")}
        </a>
      </div>
    </form>
  );
}
