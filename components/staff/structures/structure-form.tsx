"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { updateStructureAction } from "@/lib/actions/structures";
import { directionOf } from "@/i18n/routing";
import type { StructureFormData } from "@/lib/data/structures/list-staff-structures";
import { localeFieldName } from "@/lib/validation/form-fields";
import { structureKinds } from "@/lib/validation/structures";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { FormSection } from "@/components/staff/editor/form-section";
import { ImageField } from "@/components/staff/editor/image-field";
import { LocaleTabs } from "@/components/staff/editor/locale-tabs";
import { MarkdownField } from "@/components/staff/editor/markdown-field";
import { SaveBar } from "@/components/staff/editor/save-bar";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { StructureKindField } from "./structure-kind-field";
import { HistoryEditor, type HistoryRow } from "./history-editor";

/**
 * A structure's profile: texts per language (each published on its own, with
 * its status here), place, contacts, head, logo and dated history. Long: the
 * save button stays in view at the bottom of the window.
 */
export function StructureForm({ form, isAdmin }: { form: StructureFormData; isAdmin: boolean }) {
  const t = useTranslations("StaffStructures");
  const editor = useTranslations("StaffEditor");
  const languages = useTranslations("Languages");
  const forms = useTranslations("Forms");
  const { state, formAction, pending, errors, value, field } = useEditorForm(updateStructureAction, form.values);
  const [history, setHistory] = useState<HistoryRow[]>(form.history);
  const [savedHistory, setSavedHistory] = useState(form.history);
  if (form.history !== savedHistory) {
    // The page was rendered again after a save: the rows now carry their ids.
    setSavedHistory(form.history);
    setHistory(form.history);
  }
  const [regionId, setRegionId] = useState(value("regionId"));
  const regionCountries = form.countries.filter((c) => c.regionId === regionId);
  const labels: Record<string, string> = {
    kind: t("kindLabel"),
    regionId: t("region"),
    slug: t("slug"),
    status: t("statusLabel"),
    countryCode: t("country"),
    city: t("city"),
    establishedOn: t("establishedOn"),
    latitude: t("latitude"),
    longitude: t("longitude"),
    address: t("address"),
    email: t("email"),
    phone: t("phone"),
    website: t("website"),
    headName: t("headName"),
    logo: t("logo"),
    "t.*.name": t("name"),
    "t.*.hostAdministration": t("hostAdministration"),
    "t.*.headTitle": t("headTitle"),
    "t.*.description": t("description"),
    "t.*.mandate": t("mandate"),
  };
  for (const name of Object.keys(errors)) {
    const entry = /^history\.(\d+)\.(kind|startsOn|endsOn|summary)(?:\.([a-z]{2}))?$/.exec(name);
    if (!entry) continue;
    const [, index, field, locale] = entry;
    const what =
      field === "kind"
        ? t("entryKind")
        : field === "summary"
          ? t("summary", { language: languages(locale as "en") })
          : t(field as "startsOn");
    labels[name] = `${t("entry", { number: Number(index) + 1 })} · ${what}`;
  }
  const kindOf = value("kind") as (typeof structureKinds)[number];

  return (
    <form action={formAction} encType="multipart/form-data" noValidate className="space-y-8">
      <FormAlert state={state} labels={labels} />
      <input type="hidden" name="id" value={form.id} />
      <input type="hidden" name="version" value={form.version} />

      <FormSection id="structure-texts" title={t("sectionTexts")} lead={t("textsLead")}>
        <LocaleTabs label={t("sectionTexts")} states={form.translationStates} errors={errors}>
          {(locale) => {
            const dir = directionOf(locale);
            const name = (field: string) => localeFieldName(locale, field);
            return (
              <>
                <div className="grid gap-5 md:grid-cols-2">
                  <TextField
                    label={t("name")}
                    {...field(name("name"))}
                    lang={locale}
                    dir={dir}
                    required={locale === "en"}
                  />
                  <SelectField
                    name={name("status")}
                    label={t("textStatus")}
                    hint={t("textStatusHint")}
                    defaultValue={value(name("status")) || "DRAFT"}
                    options={[
                      { value: "DRAFT", label: editor("textStatus.DRAFT") },
                      { value: "PUBLISHED", label: editor("textStatus.PUBLISHED") },
                    ]}
                  />
                  <TextField
                    label={t("hostAdministration")}
                    {...field(name("hostAdministration"))}
                    lang={locale}
                    dir={dir}
                  />
                  <TextField label={t("headTitle")} {...field(name("headTitle"))} lang={locale} dir={dir} />
                </div>
                {(["description", "mandate"] as const).map((field) => (
                  <MarkdownField
                    key={field}
                    name={name(field)}
                    label={t(field)}
                    errors={errors[name(field)]}
                    defaultValue={value(name(field))}
                    initialHtml={form.previews[locale][field]}
                    lang={locale}
                    dir={dir}
                    rows={8}
                  />
                ))}
              </>
            );
          }}
        </LocaleTabs>
      </FormSection>

      <FormSection id="structure-contacts" title={t("sectionContacts")}>
        <div className="grid gap-5 md:grid-cols-2">
          <TextAreaField label={t("address")} {...field("address")} rows={3} dir="auto" />
          <div className="space-y-5">
            <TextField type="email" label={t("email")} {...field("email")} autoComplete="off" dir="ltr" />
            <TextField type="tel" label={t("phone")} hint={t("phoneHint")} {...field("phone")} dir="ltr" />
            <TextField type="url" label={t("website")} hint={t("websiteHint")} {...field("website")} dir="ltr" />
          </div>
          <TextField label={t("headName")} hint={t("headNameHint")} {...field("headName")} dir="auto" />
        </div>
      </FormSection>

      <FormSection id="structure-place" title={t("sectionPlace")}>
        <div className="grid gap-5 md:grid-cols-3">
          <SelectField
            label={t("statusLabel")}
            {...field("status")}
            options={(["ACTIVE", "INACTIVE"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <SelectField
            label={t("country")}
            {...field("countryCode")}
            options={[{ value: "", label: t("chooseCountry") }, ...regionCountries]}
          />
          <TextField label={t("city")} {...field("city")} dir="auto" required />
          <TextField type="date" label={t("establishedOn")} {...field("establishedOn")} />
          <TextField
            label={t("latitude")}
            hint={t("coordinatesHint")}
            {...field("latitude")}
            inputMode="decimal"
            dir="ltr"
          />
          <TextField label={t("longitude")} {...field("longitude")} inputMode="decimal" dir="ltr" />
        </div>
      </FormSection>

      <FormSection id="structure-logo" title={t("sectionLogo")}>
        <ImageField
          name="logo"
          label={t("logo")}
          hint={t("logoHint")}
          errors={errors.logo}
          currentUrl={form.logoUrl}
          currentLabel={t("currentLogo")}
          removeName="removeLogo"
          removeLabel={t("removeLogo")}
        />
      </FormSection>

      <FormSection id="structure-history" title={t("sectionHistory")} lead={t("historyLead")}>
        <HistoryEditor rows={history} onChange={setHistory} errors={errors} />
      </FormSection>

      <FormSection
        id="structure-identity"
        title={t("sectionIdentity")}
        lead={isAdmin ? undefined : t("identityAdminOnly")}
      >
        {isAdmin ? (
          <div className="grid gap-5 md:grid-cols-3">
            <StructureKindField {...field("kind")} />
            <SelectField
              label={t("region")}
              {...field("regionId")}
              onChange={(e) => setRegionId(e.target.value)}
              options={form.regions}
            />
            <TextField label={t("slug")} hint={t("slugHint")} {...field("slug")} dir="ltr" autoComplete="off" />
          </div>
        ) : (
          <dl className="grid gap-4 text-sm md:grid-cols-3">
            <div>
              <dt className="font-medium text-slate-800">{t("kindLabel")}</dt>
              <dd className="text-slate-700">{t(`kind.${kindOf}`)}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-800">{t("region")}</dt>
              <dd className="text-slate-700">{form.regions.find((r) => r.value === value("regionId"))?.label}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-800">{t("slug")}</dt>
              <dd className="text-slate-700" dir="ltr">
                {value("slug")}
              </dd>
            </div>
          </dl>
        )}
      </FormSection>

      <SaveBar label={forms("save")} pendingLabel={forms("saving")} pending={pending} hint={t("saveHint")} />
    </form>
  );
}
