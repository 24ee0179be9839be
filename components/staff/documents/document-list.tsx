import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { intlLocale } from "@/lib/content/intl-locale";
import { deleteDocumentAction, moveDocumentAction } from "@/lib/actions/documents";
import type { StaffDocument } from "@/lib/data/meetings/manage-documents";
import { mimeTypes } from "@/lib/storage/file-types";
import { OrderedList, type OrderedRow } from "@/components/staff/editor/ordered-list";
import { DocumentRenameForm } from "./document-rename-form";
import type { DocumentPlaceOptions } from "./document-place-fields";

const typeOf = (mimeType: string) =>
  (Object.entries(mimeTypes).find(([, mime]) => mime === mimeType)?.[0] ?? "other") as
    "pdf" | "docx" | "xlsx" | "pptx" | "other";

export async function DocumentList({
  meeting: ref,
  documents,
  languages,
  locale,
  places,
}: {
  meeting: { meetingId: string; version: number };
  documents: StaffDocument[];
  languages: { value: string; label: string }[];
  locale: AppLocale;
  places: DocumentPlaceOptions;
}) {
  const t = await getTranslations({ locale, namespace: "StaffDocuments" });
  const languageNames = await getTranslations({ locale, namespace: "Languages" });
  const size = new Intl.NumberFormat(intlLocale(locale), { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });
  const rows: OrderedRow[] = documents.map((doc, index) => ({
    id: doc.id,
    name: doc.title,
    content: (
      <>
        <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
          {t("position", { position: index + 1 })}
        </p>
        <h3 className="text-lg font-semibold">
          <a
            href={`/api/documents/${doc.id}`}
            className="break-words text-brand-700 underline"
            lang={doc.language}
            dir="auto"
          >
            {doc.title}
          </a>
        </h3>
        <p className="text-sm text-slate-700">
          {t("meta", {
            language: languageNames(doc.language),
            size: size.format(Math.max(1, Math.ceil(doc.sizeBytes / 1024))),
            type: t(`type.${typeOf(doc.mimeType)}`),
          })}
        </p>
        <p className="text-xs break-all text-slate-600">{t("fileName", { fileName: doc.fileName })}</p>
        {doc.isPublic ? null : (
          <p className="mt-1 inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-950">
            {t("staffOnlyBadge")}
          </p>
        )}
      </>
    ),
    edit: {
      label: t("rename"),
      form: <DocumentRenameForm {...ref} document={doc} languages={languages} places={places} />,
    },
    remove: { action: deleteDocumentAction, fields: { documentId: doc.id }, successMessage: t("deleted") },
  }));
  return (
    <OrderedList
      rows={rows}
      empty={t("empty")}
      meeting={ref}
      move={{ action: moveDocumentAction, upLabel: t("moveUp"), downLabel: t("moveDown"), successMessage: t("moved") }}
      remove={{
        confirm: "disclosure",
        label: t("delete"),
        question: (title) => t("deleteConfirm", { title }),
        confirmLabel: t("confirmDelete"),
      }}
      actionsLabel={(title) => t("actionsFor", { title })}
    />
  );
}
