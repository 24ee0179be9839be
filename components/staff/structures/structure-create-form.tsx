"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { createStructureAction } from "@/lib/actions/structures";
import type { Option } from "@/lib/data/list-options";
import { structureKinds } from "@/lib/validation/structures";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { FormSection } from "@/components/staff/editor/form-section";
import { SaveBar } from "@/components/staff/editor/save-bar";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";

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
  const { state, formAction, pending, errors, value } = useEditorForm(createStructureAction, initial);
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
          <TextField
            name="name"
            label={t("nameEnglish")}
            errors={errors.name}
            defaultValue={value("name")}
            lang="en"
            dir="ltr"
            required
          />
          <SelectField
            name="kind"
            label={t("kindLabel")}
            errors={errors.kind}
            defaultValue={value("kind")}
            options={structureKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          <SelectField
            name="regionId"
            label={t("region")}
            errors={errors.regionId}
            defaultValue={value("regionId")}
            onChange={(e) => setRegionId(e.target.value)}
            options={[{ value: "", label: t("chooseRegion") }, ...regions]}
          />
          <SelectField
            name="countryCode"
            label={t("country")}
            hint={t("countryHint")}
            errors={errors.countryCode}
            defaultValue={value("countryCode")}
            options={[
              { value: "", label: t("chooseCountry") },
              ...(regionId ? countries.filter((c) => c.regionId === regionId) : countries),
            ]}
          />
          <TextField name="city" label={t("city")} errors={errors.city} defaultValue={value("city")} required />
          <TextField
            name="slug"
            label={t("slug")}
            hint={t("slugHint")}
            errors={errors.slug}
            defaultValue={value("slug")}
            dir="ltr"
            autoComplete="off"
            required
          />
          <SelectField
            name="status"
            label={t("statusLabel")}
            errors={errors.status}
            defaultValue={value("status")}
            options={(["ACTIVE", "INACTIVE"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </div>
      </FormSection>
      <SaveBar label={t("create")} pendingLabel={forms("saving")} pending={pending} />
    </form>
  );
}
