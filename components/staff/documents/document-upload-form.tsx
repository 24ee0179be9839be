"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { uploadDocumentAction } from "@/lib/actions/documents";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { buttonClass } from "@/components/ui/button";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { DocumentPlaceFields, type DocumentPlaceOptions } from "./document-place-fields";
import { StaffOnlyField } from "./staff-only-field";

/**
 * Upload: posts straight to the server action (works without JavaScript too);
 * with JavaScript a file over the limit is refused before it is sent. The
 * server decides in every case, type by content included.
 */
export function DocumentUploadForm({
  meetingId,
  version,
  maxBytes,
  languages,
  defaultLanguage,
  places,
}: {
  meetingId: string;
  version: number;
  maxBytes: number;
  languages: { value: string; label: string }[];
  defaultLanguage: string;
  places: DocumentPlaceOptions;
}) {
  const t = useTranslations("StaffDocuments");
  const { state, formAction, pending, errors, value, values } = useEditorForm(uploadDocumentAction, {
    language: defaultLanguage,
  });
  const [localError, setLocalError] = useState<string | null>(null);
  const maxMb = Math.floor(maxBytes / (1024 * 1024));
  const message = state?.ok ? { ...state, message: t("uploaded") } : state;

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    if (file instanceof File && file.size > maxBytes) {
      event.preventDefault();
      setLocalError(t("tooLarge", { max: maxMb }));
    } else setLocalError(null);
  }

  return (
    <form action={formAction} onSubmit={checkSize} className="space-y-4" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <FormAlert
        state={message}
        labels={{
          title: t("docTitle"),
          language: t("language"),
          file: t("file"),
          kind: t("kind"),
          agendaItemId: t("agendaItem"),
        }}
        idFor={(name) => `upload-${name}`}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="upload-title"
          name="title"
          label={t("docTitle")}
          defaultValue={value("title")}
          key={`title-${value("title")}`}
          maxLength={200}
          errors={errors.title}
          required
        />
        <SelectField
          id="upload-language"
          name="language"
          label={t("language")}
          defaultValue={value("language")}
          key={`language-${value("language")}`}
          options={languages}
          errors={errors.language}
        />
      </div>
      <DocumentPlaceFields idPrefix="upload" options={places} value={value} errors={errors} />
      <TextField
        id="upload-file"
        name="file"
        type="file"
        accept=".pdf,.docx,.xlsx,.pptx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.presentationml.presentation"
        label={t("file")}
        hint={t("fileHint", { max: maxMb })}
        errors={localError ? [localError] : errors.file}
        onChange={() => setLocalError(null)}
        required
      />
      <StaffOnlyField id="upload-staff-only" checked={values("staffOnly", []).includes("on")} />
      <button type="submit" disabled={pending} className={buttonClass("primary", "lg")}>
        {pending ? t("uploading") : t("submit")}
      </button>
    </form>
  );
}
