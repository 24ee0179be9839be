"use client";

import { useTranslations } from "next-intl";
import { structureKinds } from "@/lib/validation/structures";
import { SelectField } from "@/components/ui/form-fields";

/** The kind of a structure, on the forms that create and edit one. */
export function StructureKindField(props: { id?: string; name: string; errors?: string[]; defaultValue: string }) {
  const t = useTranslations("StaffStructures");
  return (
    <SelectField
      label={t("kindLabel")}
      {...props}
      options={structureKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
    />
  );
}
