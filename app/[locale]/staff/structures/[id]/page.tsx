import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { recordOrRefuse, recordParam, staffPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { countryName } from "@/lib/content/format";
import { pickTranslation } from "@/lib/content/translation";
import { getStaffStructure, getStructureForm } from "@/lib/data/structures/list-staff-structures";
import { EditorBody } from "@/components/staff/editor/editor-body";
import { EditorHeader } from "@/components/staff/editor/editor-header";
import { StructureForm } from "@/components/staff/structures/structure-form";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffStructures" });
  return { title: t("title"), robots: { index: false } };
}

export default async function EditStructurePage({ params, searchParams }: Props) {
  const { locale, user } = await staffPage(params, "staff.enter");
  const id = await recordParam(params);
  const structure = recordOrRefuse(await getStaffStructure({ actor: user, id }));
  const [t, form] = await Promise.all([
    getTranslations({ locale, namespace: "StaffStructures" }),
    getStructureForm({ structure, locale }),
  ]);
  const text = pickTranslation(structure.translations, locale);
  const isPublic = structure.translations.some((x) => x.status === "PUBLISHED");
  return (
    <>
      <EditorHeader
        locale={locale}
        back={{ href: "/staff/structures", label: t("back") }}
        title={text?.name ?? structure.slug}
        titleLocale={text?.locale}
        isPublic={isPublic}
        publicHref={`/structures/${structure.slug}`}
        translationStates={form.translationStates}
      >
        <p className="text-base text-slate-700">
          {t("editLead", {
            kind: t(`kind.${structure.kind}`),
            place: `${structure.city}, ${countryName(structure.countryCode, locale)}`,
          })}
        </p>
      </EditorHeader>
      <EditorBody created={(await searchParams).created ? t("created") : null}>
        <StructureForm form={form} isAdmin={can(user, "structure.create")} />
      </EditorBody>
    </>
  );
}
