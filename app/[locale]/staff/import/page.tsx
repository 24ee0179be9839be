import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/lib/auth/guard";
import { listImportUpdates } from "@/lib/data/imports/manage-import-updates";
import { FILE_LIMIT_BYTES } from "@/lib/import/read-sources";
import { ImportForm } from "@/components/staff/imports/import-form";
import { ImportUpdates } from "@/components/staff/imports/import-updates";
import { PageHeader } from "@/components/ui/page-header";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffImport" });
  return { title: t("title"), robots: { index: false } };
}

const countOf = (value: string | string[] | undefined) => {
  const n = Number(typeof value === "string" ? value : NaN);
  return Number.isInteger(n) && n >= 0 && n < 100_000 ? n : null;
};

export default async function ImportPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "import.run");
  const [t, updates, query] = await Promise.all([
    getTranslations({ locale, namespace: "StaffImport" }),
    listImportUpdates({ actor: user }),
    searchParams,
  ]);
  const done = {
    created: countOf(query.created),
    unchanged: countOf(query.unchanged),
    updates: countOf(query.updates),
    other: countOf(query.other),
  };
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {done.created !== null ? (
        <div role="status" className="mb-6 rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          <p className="font-semibold">
            {t("done", {
              created: done.created,
              unchanged: done.unchanged ?? 0,
              updates: done.updates ?? 0,
            })}
          </p>
          {done.other ? <p>{t("otherRegion", { count: done.other })}</p> : null}
          <p>
            <Link href="/staff/news" className="font-medium underline">
              {t("openDrafts")}
            </Link>
          </p>
        </div>
      ) : null}
      <ImportForm maxMb={FILE_LIMIT_BYTES / (1024 * 1024)} />
      <section aria-labelledby="import-updates" className="mt-10 space-y-4">
        <h2 id="import-updates" className="text-xl font-semibold text-brand-900">
          {t("updatesTitle")}
        </h2>
        {updates.length ? <ImportUpdates updates={updates} /> : <p className="text-slate-700">{t("noUpdates")}</p>}
      </section>
    </>
  );
}
