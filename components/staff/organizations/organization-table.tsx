import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { countryName } from "@/lib/content/format";
import type { listOrganizations } from "@/lib/data/organizations/list-staff-organizations";

type Item = Awaited<ReturnType<typeof listOrganizations>>["items"][number];

/** The organizations: a table on wide screens, a list of cards on phones (only one of the two is displayed). */
export async function OrganizationTable({ locale, items }: { locale: AppLocale; items: Item[] }) {
  const [t, orgs] = await Promise.all([
    getTranslations({ locale, namespace: "StaffOrganizations" }),
    getTranslations({ locale, namespace: "Organizations" }),
  ]);
  const country = (item: Item) => (item.countryCode ? countryName(item.countryCode, locale) : "—");
  const th = "px-3 py-2 text-start font-semibold";
  return (
    <>
      <ul className="space-y-3 md:hidden">
        {items.map((o) => (
          <li key={o.id} className="card">
            <Link href={`/staff/organizations/${o.id}`} className="font-semibold text-brand-800 underline">
              <bdi>{o.name}</bdi>
            </Link>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-medium text-slate-700">{t("kind")}</dt>
              <dd>{orgs(`kind.${o.kind}`)}</dd>
              <dt className="font-medium text-slate-700">{t("country")}</dt>
              <dd>{country(o)}</dd>
              <dt className="font-medium text-slate-700">{t("attendances")}</dt>
              <dd className="tabular-nums">{o.attendances}</dd>
              <dt className="font-medium text-slate-700">{t("partnerships")}</dt>
              <dd className="tabular-nums">{o.partnerships}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className={th}>
                {t("name")}
              </th>
              <th scope="col" className={th}>
                {t("kind")}
              </th>
              <th scope="col" className={th}>
                {t("country")}
              </th>
              <th scope="col" className="px-3 py-2 text-end font-semibold">
                {t("attendances")}
              </th>
              <th scope="col" className="px-3 py-2 text-end font-semibold">
                {t("partnerships")}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr key={o.id} className="border-b border-slate-100">
                <th scope="row" className="px-3 py-2 text-start font-medium">
                  <Link href={`/staff/organizations/${o.id}`} className="text-brand-800 underline">
                    <bdi>{o.name}</bdi>
                  </Link>
                </th>
                <td className="px-3 py-2">{orgs(`kind.${o.kind}`)}</td>
                <td className="px-3 py-2">{country(o)}</td>
                <td className="px-3 py-2 text-end tabular-nums">{o.attendances}</td>
                <td className="px-3 py-2 text-end tabular-nums">{o.partnerships}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
