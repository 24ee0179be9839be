"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { updateStructureAction } from "@/lib/actions/structures";
import type { FormState } from "@/lib/actions/form-state";
import { directionOf, locales, type AppLocale } from "@/i18n/routing";
import { useRouter } from "@/i18n/navigation";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { fieldBinder, submitTo } from "@/components/staff/editor/field-binding";
import { FormSection, SubmitBar } from "@/components/staff/editor/form-section";
import { ImageField } from "@/components/staff/editor/image-field";
import { errorsPerLocale, LocaleTabs, type TabState } from "@/components/staff/editor/locale-tabs";
import { MarkdownField } from "@/components/staff/editor/markdown-field";
import { HistoryEditor, type HistoryRow } from "./history-editor";

type Option = { value: string; label: string };
type TextStatus = "DRAFT" | "PUBLISHED";

export type StructureFormData = {
  id: string;
  version: number;
  values: Record<string, string>;
  saved: Partial<Record<AppLocale, TextStatus>>;
  history: HistoryRow[];
};

type Saved = { version: number; historyIds?: string[] };

const kinds = ["ROCB", "RTC", "VICE_CHAIR"] as const;

export function StructureForm({ structure, previews, regions, countries, isAdmin, logoUrl }: {
  structure: StructureFormData;
  previews: Record<AppLocale, { description: string; mandate: string }>;
  regions: Option[];
  countries: (Option & { regionId: string })[];
  isAdmin: boolean;
  logoUrl: string | null;
}) {
  const t = useTranslations("StaffStructures");
  const editor = useTranslations("StaffNews.editor");
  const forms = useTranslations("Forms");
  const router = useRouter();
  const [values, setValues] = useState(structure.values);
  const [history, setHistory] = useState(structure.history);
  const [removeLogo, setRemoveLogo] = useState(false);
  const [version, setVersion] = useState(structure.version);
  const [resetKey, setResetKey] = useState(0);
  const [tab, setTab] = useState<AppLocale>("en");

  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = (await updateStructureAction(previous, formData)) as FormState<Saved>;
    if (result?.ok && result.data) {
      const ids = result.data.historyIds ?? [];
      setVersion(result.data.version);
      setHistory((rows) => rows.map((row, i) => ({ ...row, id: ids[i] ?? row.id })));
      setRemoveLogo(false);
      setResetKey((k) => k + 1);
      router.refresh();
    } else if (result && !result.ok) {
      const perLocale = errorsPerLocale(result.fieldErrors);
      if (!perLocale[tab]) setTab(locales.find((l) => perLocale[l] > 0) ?? tab);
    }
    return result;
  }, null);

  const errors = state && !state.ok ? state.fieldErrors : {};
  const perLocaleErrors = errorsPerLocale(errors);
  const { set, bind } = fieldBinder(values, setValues, errors);

  const submit = submitTo(formAction);

  const textStatus = (locale: AppLocale): TextStatus | null =>
    values[`t.${locale}.name`] ? ((values[`t.${locale}.status`] as TextStatus) ?? "DRAFT") : (structure.saved[locale] ?? null);
  const regionCountries = countries.filter((c) => c.regionId === values.regionId);

  return (
    <form onSubmit={submit} method="post" encType="multipart/form-data" noValidate className="space-y-8">
      <input type="hidden" name="id" value={structure.id} />
      <input type="hidden" name="version" value={version} />

      <FormSection id="structure-identity" title={t("sectionIdentity")} lead={isAdmin ? undefined : t("identityAdminOnly")}>
        {isAdmin ? (
          <div className="grid gap-5 md:grid-cols-3">
            <SelectField {...bind("kind")} label={t("kindLabel")} options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
            <SelectField {...bind("regionId")} label={t("region")} options={regions} />
            <TextField {...bind("slug")} label={t("slug")} hint={t("slugHint")} dir="ltr" autoComplete="off" />
          </div>
        ) : (
          <dl className="grid gap-4 text-sm md:grid-cols-3">
            <div>
              <dt className="font-medium text-slate-800">{t("kindLabel")}</dt>
              <dd className="text-slate-700">{t(`kind.${values.kind as (typeof kinds)[number]}`)}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-800">{t("region")}</dt>
              <dd className="text-slate-700">{regions.find((r) => r.value === values.regionId)?.label}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-800">{t("slug")}</dt>
              <dd className="text-slate-700" dir="ltr">{values.slug}</dd>
            </div>
          </dl>
        )}
      </FormSection>

      <FormSection id="structure-texts" title={t("sectionTexts")}>
        <LocaleTabs
          selected={tab}
          onSelect={setTab}
          states={Object.fromEntries(locales.map((l) => [l, { status: textStatus(l), errorCount: perLocaleErrors[l] }])) as Record<AppLocale, TabState>}
        >
          {(locale) => {
            const dir = directionOf(locale);
            const p = `t.${locale}`;
            return (
              <>
                <div className="grid gap-5 md:grid-cols-2">
                  <TextField {...bind(`${p}.name`)} label={t("name")} lang={locale} dir={dir} required={locale === "en"} />
                  <TextField {...bind(`${p}.hostAdministration`)} label={t("hostAdministration")} lang={locale} dir={dir} />
                  <TextField {...bind(`${p}.headTitle`)} label={t("headTitle")} lang={locale} dir={dir} />
                  <SelectField
                    {...bind(`${p}.status`)}
                    value={values[`${p}.status`] ?? "DRAFT"}
                    label={t("textStatus")}
                    options={[
                      { value: "DRAFT", label: editor("draft") },
                      { value: "PUBLISHED", label: editor("published") },
                    ]}
                  />
                </div>
                {(["description", "mandate"] as const).map((field) => (
                  <MarkdownField
                    key={field}
                    name={`${p}.${field}`}
                    label={t(field)}
                    value={values[`${p}.${field}`] ?? ""}
                    onChange={set(`${p}.${field}`)}
                    errors={errors[`${p}.${field}`]}
                    initialHtml={previews[locale][field]}
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

      <FormSection id="structure-place" title={t("sectionPlace")}>
        <div className="grid gap-5 md:grid-cols-3">
          <SelectField {...bind("status")} label={t("statusLabel")} options={(["ACTIVE", "INACTIVE"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          <SelectField {...bind("countryCode")} label={t("country")} options={[{ value: "", label: t("chooseCountry") }, ...regionCountries]} />
          <TextField {...bind("city")} label={t("city")} dir="auto" required />
          <TextField {...bind("establishedOn")} type="date" label={t("establishedOn")} />
          <TextField {...bind("latitude")} label={t("latitude")} hint={t("coordinatesHint")} inputMode="decimal" dir="ltr" />
          <TextField {...bind("longitude")} label={t("longitude")} inputMode="decimal" dir="ltr" />
        </div>
      </FormSection>

      <FormSection id="structure-contacts" title={t("sectionContacts")}>
        <div className="grid gap-5 md:grid-cols-2">
          <TextAreaField {...bind("address")} label={t("address")} rows={3} dir="auto" />
          <div className="space-y-5">
            <TextField {...bind("email")} type="email" label={t("email")} autoComplete="off" dir="ltr" />
            <TextField {...bind("phone")} type="tel" label={t("phone")} hint={t("phoneHint")} dir="ltr" />
            <TextField {...bind("website")} type="url" label={t("website")} hint={t("websiteHint")} dir="ltr" />
          </div>
        </div>
      </FormSection>

      <FormSection id="structure-head" title={t("sectionHead")}>
        <TextField {...bind("headName")} label={t("headName")} hint={t("headNameHint")} dir="auto" />
      </FormSection>

      <FormSection id="structure-logo" title={t("sectionLogo")}>
        <ImageField
          name="logo"
          label={t("logo")}
          hint={t("logoHint")}
          errors={errors.logo}
          currentUrl={logoUrl}
          currentLabel={t("currentLogo")}
          removeName="removeLogo"
          removeLabel={t("removeLogo")}
          removeChecked={removeLogo}
          onRemoveChange={setRemoveLogo}
          resetKey={resetKey}
        />
      </FormSection>

      <FormSection id="structure-history" title={t("sectionHistory")} lead={t("historyLead")}>
        <HistoryEditor rows={history} onChange={setHistory} errors={errors} />
      </FormSection>

      <SubmitBar label={forms("save")} pendingLabel={forms("saving")} pending={pending}>
        <FormMessage state={state} />
      </SubmitBar>
    </form>
  );
}
