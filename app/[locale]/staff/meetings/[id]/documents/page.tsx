import type { Metadata } from "next";
import { connection } from "next/server";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { locales } from "@/i18n/routing";
import { requireStaff } from "@/lib/auth/guard";
import { isRecordId } from "@/lib/validation/record-id";
import { can } from "@/lib/auth/permissions";
import { getConfig } from "@/lib/config";
import { getStaffMeetingDocuments } from "@/lib/data/staff/documents";
import { findMeetingEditScope } from "@/lib/data/staff/meeting-lock";
import { Section } from "@/components/ui/section";
import { MeetingPartHeader } from "@/components/staff/meeting-part-header";
import { DocumentList } from "@/components/staff/documents/document-list";
import { DocumentUploadForm } from "@/components/staff/documents/document-upload-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffDocuments" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function MeetingDocumentsPage({ params }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  const user = await requireStaff(locale);
  const scope = await findMeetingEditScope(id);
  if (!scope) notFound();
  if (!can(user, "meeting.update", scope)) forbidden();
  const meeting = await getStaffMeetingDocuments({ actor: user, meetingId: id, locale });
  if (!meeting) notFound();
  const t = await getTranslations({ locale, namespace: "StaffDocuments" });
  const languageNames = await getTranslations({ locale, namespace: "Languages" });
  const languages = locales.map((l) => ({ value: l, label: languageNames(l) }));
  return (
    <>
      <MeetingPartHeader locale={locale} meeting={meeting} title={t("title")} lead={t("lead")} tab="documents">
        <p className="max-w-3xl rounded-md border-s-4 border-accent-500 bg-amber-50 px-4 py-2 text-sm text-slate-900">{t("visibility")}</p>
      </MeetingPartHeader>
      <div className="space-y-12">
        <Section id="documents-list" title={t("listTitle")}>
          <DocumentList meeting={meeting} languages={languages} locale={locale} />
        </Section>
        <Section id="document-upload" title={t("uploadTitle")}>
          <div className="card sm:p-6">
            <DocumentUploadForm meetingId={meeting.id} version={meeting.version} maxBytes={getConfig().UPLOAD_MAX_BYTES} languages={languages} defaultLanguage={locale} />
          </div>
        </Section>
      </div>
    </>
  );
}
