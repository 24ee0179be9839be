"use client";

import { useTranslations } from "next-intl";
import { directionOf, locales, type AppLocale } from "@/i18n/routing";
import { textFields, textLimits, textName } from "@/lib/validation/meetings";
import { TextAreaField, TextField } from "@/components/ui/form-fields";
import type { FieldErrors } from "@/lib/actions/form-state";
import type { TranslationState } from "./badges";
import { LocaleTabs } from "./locale-tabs";
import { MarkdownField } from "./markdown-field";

/**
 * The texts of a meeting, one tab per language, each with its own status and
 * its own publish / unpublish buttons (they save the whole form too).
 */
export function MeetingTexts({
  mode,
  value,
  errors,
  previews,
  translationStates,
  errorsKey,
  pending,
}: {
  mode: "create" | "edit";
  value: (name: string) => string;
  errors: FieldErrors;
  previews: Record<AppLocale, string>;
  translationStates: Record<AppLocale, TranslationState>;
  errorsKey: unknown;
  pending: boolean;
}) {
  const t = useTranslations("StaffMeetings");
  const languages = useTranslations("Languages");
  const hasError = (locale: AppLocale) => textFields.some((field) => errors[textName(field, locale)]?.length);
  const button = "rounded px-4 py-2 text-sm font-semibold disabled:opacity-60";
  return (
    <section aria-labelledby="texts-heading" className="space-y-3">
      <h2 id="texts-heading" className="text-lg font-semibold text-brand-900">
        {t("fieldset.texts")}
      </h2>
      <p className="text-sm text-slate-700">{t("textsIntro")}</p>
      <LocaleTabs
        idPrefix="texts"
        label={t("fieldset.texts")}
        errorsKey={errorsKey}
        tabs={locales.map((locale) => ({
          id: locale,
          label: languages(locale),
          lang: locale,
          note: t(`state.${translationStates[locale]}`),
          hasError: hasError(locale),
          errorNote: t("tabHasErrors"),
        }))}
      >
        {(id) => {
          const locale = id as AppLocale;
          const state = translationStates[locale];
          const dir = directionOf(locale);
          return (
            <div className="space-y-4">
              <p className="text-sm text-slate-700">{t("translationStatus", { state: t(`state.${state}`) })}</p>
              <TextField
                name={textName("title", locale)}
                label={t("field.title")}
                hint={locale === "en" ? t("hint.titleEnglish") : undefined}
                errors={errors[textName("title", locale)]}
                defaultValue={value(textName("title", locale))}
                maxLength={textLimits.title}
                lang={locale}
                dir={dir}
                required={locale === "en"}
              />
              <TextAreaField
                name={textName("summary", locale)}
                label={t("field.summary")}
                errors={errors[textName("summary", locale)]}
                defaultValue={value(textName("summary", locale))}
                maxLength={textLimits.summary}
                rows={3}
                lang={locale}
                dir={dir}
              />
              <TextField
                name={textName("venue", locale)}
                label={t("field.venue")}
                errors={errors[textName("venue", locale)]}
                defaultValue={value(textName("venue", locale))}
                maxLength={textLimits.venue}
                lang={locale}
                dir={dir}
              />
              <MarkdownField
                name={textName("body", locale)}
                label={t("field.body")}
                hint={t("hint.body")}
                previewLabel={t("livePreview")}
                errors={errors[textName("body", locale)]}
                defaultValue={value(textName("body", locale))}
                initialHtml={previews[locale]}
                lang={locale}
              />
              {mode === "edit" ? (
                <div className="flex flex-wrap gap-3 border-t border-slate-200 pt-4">
                  <button type="submit" name="intent" value="save" disabled={pending} className={`${button} border border-brand-700 text-brand-800 hover:bg-brand-50`}>
                    {state === "PUBLISHED" ? t("saveChanges") : t("saveDraft")}
                  </button>
                  {state !== "PUBLISHED" ? (
                    <button type="submit" name="intent" value={`publish:${locale}`} disabled={pending} className={`${button} bg-green-800 text-white hover:bg-green-900`}>
                      {t("publishTranslation", { language: languages(locale) })}
                    </button>
                  ) : (
                    <button type="submit" name="intent" value={`unpublish:${locale}`} disabled={pending} className={`${button} border border-red-800 text-red-800 hover:bg-red-50`}>
                      {t("unpublishTranslation", { language: languages(locale) })}
                    </button>
                  )}
                </div>
              ) : null}
            </div>
          );
        }}
      </LocaleTabs>
    </section>
  );
}
