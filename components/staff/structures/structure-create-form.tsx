"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createStructureAction } from "@/lib/actions/structures";
import type { FormState } from "@/lib/actions/form-state";
import { useRouter } from "@/i18n/navigation";
import { FormMessage, SelectField, TextField } from "@/components/ui/form-fields";
import { fieldBinder, submitTo } from "@/components/staff/editor/field-binding";
import { FormSection, SubmitBar } from "@/components/staff/editor/form-section";

type Option = { value: string; label: string };
const kinds = ["ROCB", "RTC", "VICE_CHAIR"] as const;

/** Administrators: a new structure's identity; the profile is completed in its editor. */
export function StructureCreateForm({ regions, countries }: { regions: Option[]; countries: (Option & { regionId: string })[] }) {
  const t = useTranslations("StaffStructures");
  const forms = useTranslations("Forms");
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string>>({ kind: "RTC", regionId: "", countryCode: "", city: "", slug: "", name: "", status: "ACTIVE" });
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = (await createStructureAction(previous, formData)) as FormState<{ id: string }>;
    if (result?.ok && result.data) router.push(`/staff/structures/${result.data.id}?created=1`);
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const { bind } = fieldBinder(values, setValues, errors);

  const submit = submitTo(formAction);

  return (
    <form onSubmit={submit} method="post" noValidate className="space-y-8">
      <FormSection id="structure-identity" title={t("sectionIdentity")}>
        <div className="grid gap-5 md:grid-cols-2">
          <SelectField {...bind("kind")} label={t("kindLabel")} options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          <SelectField {...bind("regionId")} label={t("region")} options={[{ value: "", label: t("chooseRegion") }, ...regions]} />
          <SelectField
            {...bind("countryCode")}
            label={t("country")}
            options={[{ value: "", label: t("chooseCountry") }, ...countries.filter((c) => c.regionId === values.regionId)]}
          />
          <TextField {...bind("city")} label={t("city")} required />
          <TextField {...bind("name")} label={t("nameEnglish")} lang="en" dir="ltr" required />
          <TextField {...bind("slug")} label={t("slug")} hint={t("slugHint")} dir="ltr" autoComplete="off" required />
          <SelectField {...bind("status")} label={t("statusLabel")} options={(["ACTIVE", "INACTIVE"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </div>
      </FormSection>
      <SubmitBar label={t("create")} pendingLabel={forms("saving")} pending={pending}>
        <FormMessage state={state} />
      </SubmitBar>
    </form>
  );
}
