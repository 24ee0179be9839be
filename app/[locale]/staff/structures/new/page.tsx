import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/lib/auth/guard";
import { getStructureFormOptions } from "@/lib/data/structures/list-staff-structures";
import { StructureCreateForm } from "@/components/staff/structures/structure-create-form";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffStructures" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewStructurePage({ params }: Props) {
  const { locale } = await staffPage(params, "structure.create");
  const t = await getTranslations({ locale, namespace: "StaffStructures" });
  const { regions, countries, formToken } = await getStructureFormOptions({ locale });
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/staff/structures" className="font-medium text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <StructureCreateForm regions={regions} countries={countries} formToken={formToken} />
    </>
  );
}
