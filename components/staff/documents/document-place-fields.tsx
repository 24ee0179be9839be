"use client";

import { useTranslations } from "next-intl";
import type { Option } from "@/lib/data/list-options";
import { SelectField } from "@/components/ui/form-fields";
import type { FieldErrors } from "@/lib/actions/form-state";

/** What a document may be and the agenda items it may belong to (the meeting's own). */
export type DocumentPlaceOptions = { kinds: Option[]; items: Option[] };

/** A document's kind (presentation, report…) and the agenda item it belongs to, if any. */
export function DocumentPlaceFields({
  idPrefix,
  options,
  value,
  errors,
}: {
  idPrefix: string;
  options: DocumentPlaceOptions;
  value: (name: string) => string;
  errors: FieldErrors;
}) {
  const t = useTranslations("StaffDocuments");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        id={`${idPrefix}-kind`}
        name="kind"
        label={t("kind")}
        defaultValue={value("kind") || "OTHER"}
        key={`k-${value("kind")}`}
        options={options.kinds}
        errors={errors.kind}
      />
      <SelectField
        id={`${idPrefix}-agendaItemId`}
        name="agendaItemId"
        label={t("agendaItem")}
        defaultValue={value("agendaItemId")}
        key={`a-${value("agendaItemId")}`}
        options={[{ value: "", label: t("wholeMeeting") }, ...options.items]}
        errors={errors.agendaItemId}
      />
    </div>
  );
}
