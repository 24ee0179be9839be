import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { intlLocale } from "@/lib/content/intl-locale";
import { deleteDocumentAction, moveDocumentAction } from "@/lib/actions/documents";
import type { StaffDocument } from "@/lib/data/meetings/manage-documents";
import { mimeTypes } from "@/lib/storage/file-types";
import { ActionButton } from "@/components/staff/editor/action-button";
import { DocumentRenameForm } from "./document-rename-form";

const summaryClass =
  "inline-block cursor-pointer list-none rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden";

const typeOf = (mimeType: string) =>
  (Object.entries(mimeTypes).find(([, mime]) => mime === mimeType)?.[0] ?? "other") as
    "pdf" | "docx" | "xlsx" | "pptx" | "other";

export async function DocumentList({
  meeting: ref,
  documents,
  languages,
  locale,
}: {
  meeting: { meetingId: string; version: number };
  documents: StaffDocument[];
  languages: { value: string; label: string }[];
  locale: AppLocale;
}) {
  const t = await getTranslations({ locale, namespace: "StaffDocuments" });
  const languageNames = await getTranslations({ locale, namespace: "Languages" });
  if (!documents.length)
    return (
      <p className="rounded-md border border-dashed border-slate-300 bg-white px-4 py-6 text-slate-700">{t("empty")}</p>
    );
  const size = new Intl.NumberFormat(intlLocale(locale), { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });
  const last = documents.length - 1;
  return (
    <ol className="space-y-4">
      {documents.map((doc, index) => (
        <li key={doc.id} className="card sm:p-5">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0 flex-1 basis-64 space-y-1">
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
            </div>
            <div role="group" aria-label={t("actionsFor", { title: doc.title })} className="flex flex-wrap gap-2">
              <ActionButton
                action={moveDocumentAction}
                fields={{ ...ref, itemId: doc.id, direction: "up" }}
                label={t("moveUp")}
                detail={doc.title}
                successMessage={t("moved")}
                disabled={index === 0}
              />
              <ActionButton
                action={moveDocumentAction}
                fields={{ ...ref, itemId: doc.id, direction: "down" }}
                label={t("moveDown")}
                detail={doc.title}
                successMessage={t("moved")}
                disabled={index === last}
              />
            </div>
          </div>
          <div className="mt-4 flex flex-wrap items-start gap-3">
            <details className="rounded-md open:w-full open:border open:border-slate-200 open:bg-slate-50 open:p-4">
              <summary className={summaryClass}>
                {t("rename")}
                <span className="sr-only"> {doc.title}</span>
              </summary>
              <div className="mt-4">
                <DocumentRenameForm {...ref} document={doc} languages={languages} />
              </div>
            </details>
            <details className="rounded-md open:w-full open:border open:border-red-200 open:bg-red-50 open:p-4">
              <summary className={summaryClass}>
                {t("delete")}
                <span className="sr-only"> {doc.title}</span>
              </summary>
              <div className="mt-3 space-y-3">
                <p className="text-sm text-slate-900">{t("deleteConfirm", { title: doc.title })}</p>
                <ActionButton
                  action={deleteDocumentAction}
                  fields={{ ...ref, documentId: doc.id }}
                  label={t("confirmDelete")}
                  detail={doc.title}
                  successMessage={t("deleted")}
                  variant="dangerSolid"
                />
              </div>
            </details>
          </div>
        </li>
      ))}
    </ol>
  );
}
