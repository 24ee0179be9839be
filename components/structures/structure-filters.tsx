import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import type { RegionOption } from "@/lib/data/structures/list-public-structures";
import { kindParamOf, structureKindOrder, type StructureKindValue } from "@/lib/validation/structure-filters";
import { buttonClass } from "@/components/ui/button";

/** A plain GET form: works without JavaScript, and the URL can be shared. */
export async function StructureFilters({
  locale,
  regions,
  region,
  kind,
}: {
  locale: AppLocale;
  regions: RegionOption[];
  region?: string;
  kind?: StructureKindValue;
}) {
  const t = await getTranslations({ locale, namespace: "Structures" });
  const filters = await getTranslations({ locale, namespace: "Filters" });
  const selectClass =
    "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:border-brand-700 focus:outline-none";
  return (
    <form
      method="get"
      action={`/${locale}/structures`}
      aria-label={t("filterLabel")}
      className="grid gap-4 card sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto] lg:items-end"
    >
      <div>
        <label htmlFor="filter-region" className="text-sm font-medium text-slate-800">
          {filters("region")}
        </label>
        <select id="filter-region" name="region" defaultValue={region?.toLowerCase() ?? ""} className={selectClass}>
          <option value="">{t("allRegions")}</option>
          {regions.map((option) => (
            <option key={option.code} value={option.code.toLowerCase()}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-kind" className="text-sm font-medium text-slate-800">
          {t("kindFilter")}
        </label>
        <select id="filter-kind" name="kind" defaultValue={kind ? kindParamOf(kind) : ""} className={selectClass}>
          <option value="">{t("allKinds")}</option>
          {structureKindOrder.map((value) => (
            <option key={value} value={kindParamOf(value)}>
              {t(`kindPlural.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-1">
        <button type="submit" className={buttonClass("primary")}>
          {filters("apply")}
        </button>
        {region || kind ? (
          <Link href="/structures" className="more-link">
            {filters("reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
