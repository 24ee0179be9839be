"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createNewsAction, updateNewsAction } from "@/lib/actions/news";
import type { FormState } from "@/lib/actions/form-state";
import { directionOf, locales, type AppLocale } from "@/i18n/routing";
import { useRouter } from "@/i18n/navigation";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { CheckboxGroup } from "@/components/staff/editor/checkbox-group";
import { fieldBinder, submitTo } from "@/components/staff/editor/field-binding";
import { FormSection, SubmitBar } from "@/components/staff/editor/form-section";
import { ImageField } from "@/components/staff/editor/image-field";
import { errorsPerLocale, LocaleTabs, type TabState } from "@/components/staff/editor/locale-tabs";
import { MarkdownField } from "@/components/staff/editor/markdown-field";

type Option = { value: string; label: string };
type TextStatus = "DRAFT" | "PUBLISHED";

export type NewsFormArticle = {
  id: string | null;
  version: number;
  values: Record<string, string>;
  structureIds: string[];
  topicIds: string[];
  /** Which translations exist, and their saved status. */
  saved: Partial<Record<AppLocale, TextStatus>>;
};

type Saved = { id: string; version: number };

export function NewsForm({ article, previews, options, regionFixed, imageUrl }: {
  article: NewsFormArticle;
  previews: Record<AppLocale, string>;
  options: { regions: Option[]; meetings: Option[]; structures: Option[]; topics: Option[] };
  regionFixed: { id: string; label: string } | null;
  imageUrl: string | null;
}) {
  const t = useTranslations("StaffNews");
  const forms = useTranslations("Forms");
  const staff = useTranslations("Staff");
  const router = useRouter();
  const [values, setValues] = useState(article.values);
  const [structureIds, setStructureIds] = useState(article.structureIds);
  const [topicIds, setTopicIds] = useState(article.topicIds);
  const [removeImage, setRemoveImage] = useState(false);
  const [version, setVersion] = useState(article.version);
  const [resetKey, setResetKey] = useState(0);
  const [tab, setTab] = useState<AppLocale>("en");

  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = (await (article.id ? updateNewsAction : createNewsAction)(previous, formData)) as FormState<Saved>;
    if (result?.ok && result.data) {
      if (!article.id) {
        router.push(`/staff/news/${result.data.id}?created=1`);
      } else {
        setVersion(result.data.version);
        setRemoveImage(false);
        setResetKey((k) => k + 1);
        router.refresh();
      }
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
    values[`t.${locale}.title`] ? ((values[`t.${locale}.status`] as TextStatus) ?? "DRAFT") : (article.saved[locale] ?? null);

  return (
    <form onSubmit={submit} method="post" encType="multipart/form-data" noValidate className="space-y-8">
      {article.id ? (
        <>
          <input type="hidden" name="id" value={article.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}

      <FormSection id="news-texts" title={t("sectionTexts")}>
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
                <TextField {...bind(`${p}.title`)} label={t("articleTitle")} lang={locale} dir={dir} required={locale === "en"} />
                <TextAreaField {...bind(`${p}.excerpt`)} label={t("excerpt")} hint={t("excerptHint")} lang={locale} dir={dir} rows={2} />
                <MarkdownField
                  name={`${p}.body`}
                  label={t("body")}
                  value={values[`${p}.body`] ?? ""}
                  onChange={set(`${p}.body`)}
                  errors={errors[`${p}.body`]}
                  initialHtml={previews[locale]}
                  lang={locale}
                  dir={dir}
                />
                <TextField {...bind(`${p}.imageAlt`)} label={t("imageAlt")} hint={t("imageAltHint")} lang={locale} dir={dir} />
                <SelectField
                  {...bind(`${p}.status`)}
                  value={values[`${p}.status`] ?? "DRAFT"}
                  label={t("textStatus")}
                  options={[
                    { value: "DRAFT", label: t("editor.draft") },
                    { value: "PUBLISHED", label: t("editor.published") },
                  ]}
                />
              </>
            );
          }}
        </LocaleTabs>
      </FormSection>

      <FormSection id="news-publication" title={t("sectionPublication")}>
        <div className="grid gap-5 md:grid-cols-2">
          <SelectField
            {...bind("status")}
            label={t("status")}
            hint={t("statusHint")}
            options={(["DRAFT", "PUBLISHED", "ARCHIVED"] as const).map((s) => ({ value: s, label: staff(`status.${s}`) }))}
          />
          <TextField {...bind("slug")} label={t("slug")} hint={t("slugHint")} dir="ltr" autoComplete="off" />
          <TextField {...bind("publishedAt")} type="datetime-local" label={t("publishedAt")} hint={t("publishedAtHint")} />
          <TextField {...bind("publishAt")} type="datetime-local" label={t("publishAt")} hint={t("publishAtHint")} />
          {regionFixed ? (
            <p className="text-sm text-slate-700 md:col-span-2">
              <input type="hidden" name="regionId" value={regionFixed.id} />
              {t("regionFixed", { region: regionFixed.label })}
            </p>
          ) : (
            <SelectField {...bind("regionId")} label={t("region")} options={[{ value: "", label: t("noRegion") }, ...options.regions]} />
          )}
        </div>
      </FormSection>

      <FormSection id="news-links" title={t("sectionLinks")}>
        <SelectField {...bind("meetingId")} label={t("meeting")} options={[{ value: "", label: t("noMeeting") }, ...options.meetings]} />
        <CheckboxGroup name="structureIds" legend={t("structures")} options={options.structures} selected={structureIds} onChange={setStructureIds} errors={errors.structureIds} columns={3} />
        <CheckboxGroup name="topicIds" legend={t("topics")} options={options.topics} selected={topicIds} onChange={setTopicIds} errors={errors.topicIds} columns={3} />
      </FormSection>

      <FormSection id="news-image" title={t("sectionImage")}>
        <ImageField
          name="image"
          label={t("image")}
          hint={t("imageHint")}
          errors={errors.image}
          currentUrl={imageUrl}
          currentLabel={t("currentImage")}
          removeName="removeImage"
          removeLabel={t("removeImage")}
          removeChecked={removeImage}
          onRemoveChange={setRemoveImage}
          resetKey={resetKey}
        />
      </FormSection>

      <SubmitBar label={forms("save")} pendingLabel={forms("saving")} pending={pending}>
        <FormMessage state={state} />
      </SubmitBar>
    </form>
  );
}
