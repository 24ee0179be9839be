import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { locales } from "@/i18n/routing";
import { meetingEditorAccess } from "@/lib/auth/guard";
import { getConfig } from "@/lib/config";
import { listDocuments } from "@/lib/data/meetings/manage-documents";
import { listAgendaItems } from "@/lib/data/meetings/manage-agenda";
import { pickTranslation } from "@/lib/content/translation";
import { documentKindValues } from "@/lib/validation/documents";
import { Section } from "@/components/ui/section";
import { MeetingEditorHeader } from "@/components/staff/meetings/meeting-editor-header";
import { DocumentList } from "@/components/staff/documents/document-list";
import { DocumentUploadForm } from "@/components/staff/documents/document-upload-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffDocuments" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function MeetingDocumentsPage({ params }: Props) {
  const { locale, id, user, meeting } = await meetingEditorAccess(params);
  const [documents, items, t, languageNames] = await Promise.all([
    listDocuments({ actor: user, meetingId: id }),
    listAgendaItems({ actor: user, meetingId: id }),
    getTranslations({ locale, namespace: "StaffDocuments" }),
    getTranslations({ locale, namespace: "Languages" }),
  ]);
  const places = {
    kinds: documentKindValues.map((kind) => ({ value: kind, label: t(`kindOf.${kind}`) })),
    items: items.map((item, index) => ({
      value: item.id,
      label: `${index + 1}. ${pickTranslation(item.translations, locale)?.title ?? ""}`,
    })),
  };
  const languages = locales.map((l) => ({ value: l, label: languageNames(l) }));
  const ref = { meetingId: meeting.id, version: meeting.version };
  return (
    <>
      <MeetingEditorHeader locale={locale} meeting={meeting} active="documents" />
      <div className="mb-8 space-y-3">
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
        <p className="max-w-3xl rounded-md border-s-4 border-accent-500 bg-amber-50 px-4 py-2 text-sm text-slate-900">
          {t("visibility")}
        </p>
      </div>
      <div className="space-y-12">
        <Section id="documents-list" title={t("listTitle")}>
          <DocumentList meeting={ref} documents={documents} languages={languages} locale={locale} places={places} />
        </Section>
        <Section id="document-upload" title={t("uploadTitle")}>
          <div className="card sm:p-6">
            <DocumentUploadForm
              {...ref}
              maxBytes={getConfig().UPLOAD_MAX_BYTES}
              languages={languages}
              defaultLanguage={locale}
              places={places}
            />
          </div>
        </Section>
      </div>
    </>
  );
}
