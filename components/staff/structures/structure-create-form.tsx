"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { createStructureAction } from "@/lib/actions/structures";
import type { Option } from "@/lib/data/list-options";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { FormSection } from "@/components/staff/editor/form-section";
import { SaveBar } from "@/components/staff/editor/save-bar";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { StructureKindField } from "./structure-kind-field";

const initial = { kind: "RTC", regionId: "", countryCode: "", city: "", slug: "", name: "", status: "ACTIVE" };

/** Administrators: a new structure's identity; creating it opens its profile editor. */
export function StructureCreateForm({
  regions,
  countries,
  formToken,
}: {
  regions: Option[];
  countries: (Option & { regionId: string })[];
  formToken: string;
}) {
  const t = useTranslations("StaffStructures");
  const forms = useTranslations("Forms");
  const { state, formAction, pending, errors, value, field } = useEditorForm(createStructureAction, initial);
  const [regionId, setRegionId] = useState(value("regionId"));
  const labels = {
    kind: t("kindLabel"),
    regionId: t("region"),
    countryCode: t("country"),
    city: t("city"),
    name: t("nameEnglish"),
    slug: t("slug"),
    status: t("statusLabel"),
  };
  return (
    <form action={formAction} noValidate className="space-y-8">
      <FormAlert state={state} labels={labels} />
      <input type="hidden" name="formToken" value={formToken} />
      <FormSection id="structure-identity" title={t("sectionIdentity")}>
        <div className="grid gap-5 md:grid-cols-2">
          <TextField label={t("nameEnglish")} {...field("name")} lang="en" dir="ltr" required />
          <StructureKindField {...field("kind")} />
          <SelectField
            label={t("region")}
            {...field("regionId")}
            onChange={(e) => setRegionId(e.target.value)}
            options={[{ value: "", label: t("chooseRegion") }, ...regions]}
          />
          <SelectField
            label={t("country")}
            hint={t("countryHint")}
            {...field("countryCode")}
            options={[
              { value: "", label: t("chooseCountry") },
              ...(regionId ? countries.filter((c) => c.regionId === regionId) : countries),
            ]}
          />
          <TextField name="city" label={t("city")} errors={errors.city} defaultValue={value("city")} required />
          <TextField label={t("slug")} hint={t("slugHint")} {...field("slug")} dir="ltr" autoComplete="off" required />
          <SelectField
            label={t("statusLabel")}
            {...field("status")}
            options={(["ACTIVE", "INACTIVE"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </div>
      </FormSection>
      <SaveBar label={t("create")} pendingLabel={forms("saving")} pending={pending} />
    </form>
  );
}
