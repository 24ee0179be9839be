"use client";

import { useTranslations } from "next-intl";
import { createNewsAction, updateNewsAction } from "@/lib/actions/news";
import { directionOf } from "@/i18n/routing";
import type { NewsFormData } from "@/lib/data/news/list-staff-news";
import { localeFieldName } from "@/lib/validation/form-fields";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { CheckboxGroup } from "@/components/staff/editor/checkbox-group";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { FormSection } from "@/components/staff/editor/form-section";
import { ImageField } from "@/components/staff/editor/image-field";
import { LocaleTabs } from "@/components/staff/editor/locale-tabs";
import { MarkdownField } from "@/components/staff/editor/markdown-field";
import { SaveBar } from "@/components/staff/editor/save-bar";
import { NotifySubscribers } from "@/components/staff/editor/notify-subscribers";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";

/**
 * An article's texts per language, its dates, region, links and image.
 * Saving never changes what is public: the publishing panel does, after
 * saying what will become public in which languages.
 */
export function NewsForm({
  form,
  article,
}: {
  form: NewsFormData;
  /** The article edited (null: a new one); public: a save may notify e-mail subscribers of a correction. */
  article: { id: string; version: number; isPublic?: boolean } | null;
}) {
  const t = useTranslations("StaffNews");
  const forms = useTranslations("Forms");
  const { state, formAction, pending, errors, value, values, field } = useEditorForm(
    article ? updateNewsAction : createNewsAction,
    form.values,
  );
  const labels: Record<string, string> = {
    slug: t("slug"),
    regionId: t("region"),
    publishedAt: t("publishedAt"),
    publishAt: t("publishAt"),
    meetingId: t("meeting"),
    structureIds: t("structures"),
    topicIds: t("topics"),
    image: t("image"),
    "t.*.title": t("articleTitle"),
    "t.*.excerpt": t("excerpt"),
    "t.*.body": t("body"),
    "t.*.imageAlt": t("imageAlt"),
  };
  return (
    <form action={formAction} encType="multipart/form-data" noValidate className="space-y-8">
      <FormAlert state={state} labels={labels} />
      {article ? (
        <>
          <input type="hidden" name="id" value={article.id} />
          <input type="hidden" name="version" value={article.version} />
        </>
      ) : (
        <input type="hidden" name="formToken" value={form.formToken ?? ""} />
      )}

      <FormSection id="news-texts" title={t("sectionTexts")}>
        <LocaleTabs label={t("sectionTexts")} states={article ? form.translationStates : undefined} errors={errors}>
          {(locale) => {
            const dir = directionOf(locale);
            const name = (field: string) => localeFieldName(locale, field);
            return (
              <>
                <TextField
                  label={t("articleTitle")}
                  {...field(name("title"))}
                  lang={locale}
                  dir={dir}
                  required={locale === "en"}
                />
                <TextAreaField
                  label={t("excerpt")}
                  hint={t("excerptHint")}
                  {...field(name("excerpt"))}
                  lang={locale}
                  dir={dir}
                  rows={2}
                />
                <MarkdownField
                  name={name("body")}
                  label={t("body")}
                  errors={errors[name("body")]}
                  defaultValue={value(name("body"))}
                  initialHtml={form.previews[locale]}
                  lang={locale}
                  dir={dir}
                />
                <TextField
                  label={t("imageAlt")}
                  hint={t("imageAltHint")}
                  {...field(name("imageAlt"))}
                  lang={locale}
                  dir={dir}
                />
              </>
            );
          }}
        </LocaleTabs>
      </FormSection>

      <FormSection id="news-publication" title={t("sectionPublication")}>
        <div className="grid gap-5 md:grid-cols-2">
          {form.regionFixed ? (
            <p className="text-sm text-slate-700 md:col-span-2">
              <input type="hidden" name="regionId" value={form.regionFixed.value} />
              {t("regionFixed", { region: form.regionFixed.label })}
            </p>
          ) : (
            <SelectField
              label={t("region")}
              {...field("regionId")}
              options={[{ value: "", label: t("noRegion") }, ...form.options.regions]}
            />
          )}
          <TextField label={t("slug")} hint={t("slugHint")} {...field("slug")} dir="ltr" autoComplete="off" />
          <TextField
            type="datetime-local"
            label={t("publishedAt")}
            hint={t("publishedAtHint")}
            {...field("publishedAt")}
          />
          <TextField type="datetime-local" label={t("publishAt")} hint={t("publishAtHint")} {...field("publishAt")} />
        </div>
      </FormSection>

      <FormSection id="news-links" title={t("sectionLinks")}>
        <SelectField
          label={t("meeting")}
          {...field("meetingId")}
          options={[{ value: "", label: t("noMeeting") }, ...form.options.meetings]}
        />
        <CheckboxGroup
          name="structureIds"
          legend={t("structures")}
          options={form.options.structures}
          defaultSelected={values("structureIds", form.structureIds)}
          errors={errors.structureIds}
          columns={3}
        />
        <CheckboxGroup
          name="topicIds"
          legend={t("topics")}
          options={form.options.topics}
          defaultSelected={values("topicIds", form.topicIds)}
          errors={errors.topicIds}
          columns={3}
        />
      </FormSection>

      <FormSection id="news-image" title={t("sectionImage")}>
        <ImageField
          name="image"
          label={t("image")}
          hint={t("imageHint")}
          errors={errors.image}
          currentUrl={form.imageUrl}
          currentLabel={t("currentImage")}
          removeName="removeImage"
          removeLabel={t("removeImage")}
        />
      </FormSection>

      <SaveBar
        label={article ? forms("save") : t("createDraft")}
        pendingLabel={forms("saving")}
        pending={pending}
        hint={article ? t("saveHint") : t("createHint")}
      >
        {article?.isPublic ? <NotifySubscribers /> : null}
      </SaveBar>
    </form>
  );
}
