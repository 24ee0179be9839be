import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { staffPage } from "@/lib/auth/guard";
import { getImportJob } from "@/lib/data/imports/import-jobs";
import { listImportUpdates } from "@/lib/data/imports/manage-import-updates";
import { FILE_LIMIT_BYTES } from "@/lib/import/read-sources";
import { ImportForm } from "@/components/staff/imports/import-form";
import { ImportJobStatus } from "@/components/staff/imports/import-job-status";
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

const recordId = (value: string | string[] | undefined) =>
  typeof value === "string" && /^[a-z0-9]{1,40}$/.test(value) ? value : null;

export default async function ImportPage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "import.run");
  const [t, updates, query] = await Promise.all([
    getTranslations({ locale, namespace: "StaffImport" }),
    listImportUpdates({ actor: user }),
    searchParams,
  ]);
  const jobId = recordId(query.job);
  const job = jobId ? await getImportJob({ actor: user, id: jobId }).catch(() => null) : null;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {job ? <ImportJobStatus job={job} /> : null}
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
