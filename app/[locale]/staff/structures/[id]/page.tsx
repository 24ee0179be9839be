import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { requireStaff } from "@/lib/auth/guard";
import { isRecordId } from "@/lib/validation/record-id";
import { can } from "@/lib/auth/permissions";
import { countryName } from "@/lib/content/format";
import { pickTranslation } from "@/lib/content/translation";
import { getStaffStructure, getStructureFormOptions } from "@/lib/data/staff/structures-read";
import { StructureForm } from "@/components/staff/structures/structure-form";
import { structureFormData } from "@/components/staff/structures/structure-editor-data";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffStructures" });
  return { title: t("title"), robots: { index: false } };
}

export default async function EditStructurePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const user = await requireStaff(locale, "staff.enter");
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  const found = await getStaffStructure({ actor: user, id });
  if (found.state === "notFound") notFound();
  if (found.state === "forbidden") forbidden();
  const { structure } = found;
  const [t, staff, options] = await Promise.all([
    getTranslations({ locale, namespace: "StaffStructures" }),
    getTranslations({ locale, namespace: "Staff" }),
    getStructureFormOptions({ locale }),
  ]);
  const text = pickTranslation(structure.translations, locale);
  const form = structureFormData(structure);
  const isPublic = structure.translations.some((x) => x.status === "PUBLISHED");
  return (
    <>
      <p className="mb-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href="/staff/structures" className="font-medium text-brand-700 underline">{t("back")}</Link>
        {isPublic ? (
          <Link href={`/structures/${structure.slug}`} className="font-medium text-brand-700 underline">{staff("viewPublic")}</Link>
        ) : null}
      </p>
      <PageHeader title={text?.name ?? structure.slug} lang={text?.isFallback ? text.locale : undefined}>
        <p className="text-lg text-slate-700">{t("editLead", { kind: t(`kind.${structure.kind}`), place: `${structure.city}, ${countryName(structure.countryCode, locale)}` })}</p>
      </PageHeader>
      {(await searchParams).created ? (
        <p role="status" className="mb-6 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900">{t("created")}</p>
      ) : null}
      <StructureForm
        structure={form.data}
        previews={form.previews}
        regions={options.regions}
        countries={options.countries}
        isAdmin={can(user, "structure.create")}
        logoUrl={form.logoUrl}
      />
    </>
  );
}
