import { getTranslations } from "next-intl/server";
import {
  decisionKinds,
  decisionStatuses,
  enumToParam,
  type DecisionFilters as Filters,
} from "@/lib/validation/decision-filters";
import type { ListFiltersProps } from "@/components/meetings/meeting-filters";

const fieldClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:border-brand-600";

/** The register's filters: a plain GET form (works without JavaScript; the URL keeps the filters). */
export async function DecisionFilters({
  locale,
  filters,
  regions,
  years,
  structures,
}: ListFiltersProps<Filters> & { structures: { slug: string; name: string }[] }) {
  const [t, f] = await Promise.all([
    getTranslations({ locale, namespace: "Decisions" }),
    getTranslations({ locale, namespace: "Filters" }),
  ]);
  const select = (id: string, name: string, label: string, value: string, options: [string, string][]) => (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={fieldClass}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action={`/${locale}/decisions`}
      aria-label={f("label")}
      className="grid gap-4 card sm:grid-cols-2 lg:grid-cols-3"
    >
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor="decision-q" className="text-sm font-medium text-slate-800">
          {t("filterSearch")}
        </label>
        <input id="decision-q" name="q" type="search" defaultValue={filters.q ?? ""} className={fieldClass} />
      </div>
      {select("decision-status", "status", t("filterStatus"), filters.status ? enumToParam(filters.status) : "", [
        ["", t("anyStatus")],
        ...decisionStatuses.map((s): [string, string] => [enumToParam(s), t(`status.${s}`)]),
      ])}
      {select("decision-kind", "kind", t("filterKind"), filters.kind ? enumToParam(filters.kind) : "", [
        ["", t("anyKind")],
        ...decisionKinds.map((k): [string, string] => [enumToParam(k), t(`kind.${k}`)]),
      ])}
      {select("decision-region", "region", t("filterRegion"), filters.region?.toLowerCase() ?? "", [
        ["", t("anyRegion")],
        ...regions.map((r): [string, string] => [r.code.toLowerCase(), r.name]),
      ])}
      {select("decision-year", "year", t("filterYear"), filters.year ? String(filters.year) : "", [
        ["", t("anyYear")],
        ...years.map((y): [string, string] => [String(y), String(y)]),
      ])}
      {select("decision-structure", "structure", t("filterStructure"), filters.structure ?? "", [
        ["", t("anyStructure")],
        ...structures.map((s): [string, string] => [s.slug, s.name]),
        // A structure in the address that has no public decision stays visible (and removable).
        ...(filters.structure && !structures.some((s) => s.slug === filters.structure)
          ? [[filters.structure, filters.structure] as [string, string]]
          : []),
      ])}
      {filters.series ? <input type="hidden" name="series" value={filters.series} /> : null}
      <div className="flex items-end">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          {f("apply")}
        </button>
      </div>
    </form>
  );
}
