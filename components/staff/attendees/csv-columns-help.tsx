import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { csvColumns } from "@/lib/validation/attendees";

/** What each column of the import file means (the export writes the same columns). */
export async function CsvColumnsHelp({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "StaffAttendees.import" });
  return (
    <details className="rounded-md border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-medium text-brand-800">{t("columnsTitle")}</summary>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className="py-2 pe-4 text-start font-semibold">
                {t("columnName")}
              </th>
              <th scope="col" className="py-2 text-start font-semibold">
                {t("columnMeaning")}
              </th>
            </tr>
          </thead>
          <tbody>
            {csvColumns.map((column) => (
              <tr key={column} className="border-b border-slate-100 align-top last:border-0">
                <td className="py-2 pe-4">
                  <code dir="ltr" className="rounded bg-slate-100 px-1.5 py-0.5 whitespace-nowrap text-slate-900">
                    {column}
                  </code>
                </td>
                <td className="py-2 text-slate-800">{t(`column.${column}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
