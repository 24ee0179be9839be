"use client";

import { useTranslations } from "next-intl";
import { updateDocumentAction } from "@/lib/actions/documents";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { buttonClass } from "@/components/ui/button";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { DocumentPlaceFields, type DocumentPlaceOptions } from "./document-place-fields";
import { StaffOnlyField } from "./staff-only-field";

/** Title, language and visibility of an uploaded document (the file itself is replaced by deleting and uploading). */
export function DocumentRenameForm({
  meetingId,
  version,
  document,
  languages,
  places,
}: {
  meetingId: string;
  version: number;
  document: {
    id: string;
    title: string;
    language: string;
    kind: string;
    agendaItemId: string | null;
    isPublic: boolean;
  };
  languages: { value: string; label: string }[];
  places: DocumentPlaceOptions;
}) {
  const t = useTranslations("StaffDocuments");
  const {
    state,
    formAction,
    pending,
    errors: fieldErrors,
    value,
    values,
  } = useEditorForm(updateDocumentAction, {
    title: document.title,
    language: document.language,
    kind: document.kind,
    agendaItemId: document.agendaItemId ?? "",
  });
  const title = value("title");
  const language = value("language");
  const message = state?.ok ? { ...state, message: t("saved") } : state;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="documentId" value={document.id} />
      <FormAlert
        state={message}
        labels={{ title: t("docTitle"), language: t("language"), kind: t("kind"), agendaItemId: t("agendaItem") }}
        idFor={(name) => `rename-${document.id}-${name}`}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`rename-${document.id}-title`}
          name="title"
          label={t("docTitle")}
          defaultValue={title}
          key={`t-${title}`}
          maxLength={200}
          errors={fieldErrors.title}
          required
        />
        <SelectField
          id={`rename-${document.id}-language`}
          name="language"
          label={t("language")}
          defaultValue={language}
          key={`l-${language}`}
          options={languages}
          errors={fieldErrors.language}
        />
      </div>
      <DocumentPlaceFields idPrefix={`rename-${document.id}`} options={places} value={value} errors={fieldErrors} />
      <StaffOnlyField
        id={`rename-${document.id}-staff-only`}
        checked={values("staffOnly", document.isPublic ? [] : ["on"]).includes("on")}
      />
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
