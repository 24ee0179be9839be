"use client";

import { useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { createMeetingAction, updateMeetingAction } from "@/lib/actions/meetings";
import type { TranslationState } from "@/lib/content/translation-states";
import type { MeetingFormChoices, MeetingFormValues } from "@/lib/data/meetings/get-meeting-form";
import { localeFieldName } from "@/lib/validation/form-fields";
import { meetingKinds } from "@/lib/validation/meeting-filters";
import { meetingFormats, textLimits } from "@/lib/validation/meetings";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { FormSection } from "@/components/staff/editor/form-section";
import { LocaleTabs } from "@/components/staff/editor/locale-tabs";
import { MarkdownField } from "@/components/staff/editor/markdown-field";
import { SaveBar } from "@/components/staff/editor/save-bar";
import { NotifySubscribers } from "@/components/staff/editor/notify-subscribers";
import { fieldProps, useEditorForm } from "@/components/staff/editor/use-editor-form";
import { CityNameFields, type CityNamesOnPages } from "./city-name-fields";

type Props = {
  choices: MeetingFormChoices;
  values: MeetingFormValues;
  previews: Record<AppLocale, string>;
  translationStates?: Record<AppLocale, TranslationState>;
  /** The city's current names and the pages that show them (an edit of a meeting with a city and country). */
  city?: CityNamesOnPages | null;
  /** A form state kept by the page around it ("Start from a report": one action for the review and the create). */
  editor?: Pick<ReturnType<typeof useEditorForm>, "state" | "formAction" | "pending" | "errors" | "value">;
  /** More fields, before the save bar (the attendees and decisions a report proposes). */
  extra?: ReactNode;
} & (
  | { mode: "create"; formToken: string }
  | {
      mode: "edit";
      id: string;
      version: number;
      /** The meeting is public: a save may notify e-mail subscribers of a correction. */
      isPublic?: boolean;
    }
);

/**
 * The meeting's texts and details, in the order people fill them in: the
 * title and texts first, then when, where and who, then the rest. After a
 * refusal every field keeps what the user typed; after a save the page shows
 * what was stored, with the new version. Creating opens the new draft's editor.
 */
export function MeetingForm(props: Props) {
  const { choices, values, previews, translationStates } = props;
  const t = useTranslations("StaffMeetings");
  const kinds = useTranslations("Meeting");
  const forms = useTranslations("Forms");
  const own = useEditorForm(props.mode === "create" ? createMeetingAction : updateMeetingAction, values);
  const { state, formAction, pending, errors, value } = props.editor ?? own;
  const field = props.editor ? fieldProps(errors, value) : own.field;
  const zone = useRef<HTMLSelectElement>(null);
  const zoneTouched = useRef(false);
  const hostSelect = useRef<HTMLSelectElement>(null);
  const countrySelect = useRef<HTMLSelectElement>(null);

  /** The zone follows the host's country, else the venue's, until the user picks one. */
  function followPlace() {
    if (zoneTouched.current || !zone.current) return;
    const host = choices.structures.find((s) => s.value === hostSelect.current?.value);
    const next =
      choices.countryZones[host?.countryCode ?? ""] ?? choices.countryZones[countrySelect.current?.value ?? ""];
    if (next && [...zone.current.options].some((o) => o.value === next)) zone.current.value = next;
  }

  const none = { value: "", label: t("none") };
  // In the order the fields appear, which is the order of the error summary.
  const labels: Record<string, string> = {
    "t.*.title": t("field.title"),
    "t.*.summary": t("field.summary"),
    "t.*.venue": t("field.venue"),
    "t.*.body": t("field.body"),
    startDate: t("field.startDate"),
    startTime: t("field.startTime"),
    endDate: t("field.endDate"),
    endTime: t("field.endTime"),
    timeZone: t("field.timeZone"),
    publishAt: t("field.publishAt"),
    city: t("field.city"),
    countryCode: t("field.country"),
    hostStructureId: t("field.host"),
    organizerStructureId: t("field.organizer"),
    regionId: t("field.region"),
    kind: t("field.kind"),
    format: t("field.format"),
    joinUrl: t("field.joinUrl"),
    seriesId: t("field.series"),
    number: t("field.number"),
    slug: t("field.slug"),
  };

  // A draft with a number but no series (an import kept the number it read): said as the editor opens, not only on save.
  const numberOnly = props.mode === "edit" && !state && value("number") !== "" && value("seriesId") === "";

  return (
    <form action={formAction} noValidate className="space-y-8">
      <FormAlert state={state} labels={labels} />
      {numberOnly ? (
        <p
          className="rounded-md border border-amber-600 bg-amber-50 p-3 text-sm font-medium text-amber-950"
          data-testid="number-needs-series"
        >
          {t.rich("numberNeedsSeries", {
            number: Number(value("number")),
            link: (chunks) => (
              <a href="#field-seriesId" className="underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : null}
      {props.mode === "edit" ? (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="version" value={props.version} />
        </>
      ) : (
        <input type="hidden" name="formToken" value={props.formToken} />
      )}

      <FormSection id="meeting-texts" title={t("fieldset.texts")} lead={t("textsIntro")}>
        <LocaleTabs label={t("fieldset.texts")} states={translationStates} errors={errors}>
          {(locale) => {
            const dir = directionOf(locale);
            const name = (field: keyof typeof textLimits) => localeFieldName(locale, field);
            return (
              <>
                <TextField
                  name={name("title")}
                  label={t("field.title")}
                  hint={locale === "en" ? t("hint.titleEnglish") : undefined}
                  errors={errors[name("title")]}
                  defaultValue={value(name("title"))}
                  maxLength={textLimits.title}
                  lang={locale}
                  dir={dir}
                  required={locale === "en"}
                />
                <TextAreaField
                  name={name("summary")}
                  label={t("field.summary")}
                  errors={errors[name("summary")]}
                  defaultValue={value(name("summary"))}
                  maxLength={textLimits.summary}
                  rows={3}
                  lang={locale}
                  dir={dir}
                />
                <TextField
                  name={name("venue")}
                  label={t("field.venue")}
                  errors={errors[name("venue")]}
                  defaultValue={value(name("venue"))}
                  maxLength={textLimits.venue}
                  lang={locale}
                  dir={dir}
                />
                <MarkdownField
                  name={name("body")}
                  label={t("field.body")}
                  errors={errors[name("body")]}
                  defaultValue={value(name("body"))}
                  initialHtml={previews[locale]}
                  lang={locale}
                  dir={dir}
                />
              </>
            );
          }}
        </LocaleTabs>
      </FormSection>

      <FormSection id="meeting-when" title={t("fieldset.when")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="startDate"
            type="date"
            label={t("field.startDate")}
            errors={errors.startDate}
            defaultValue={value("startDate")}
            required
          />
          <TextField
            name="startTime"
            type="time"
            label={t("field.startTime")}
            errors={errors.startTime}
            defaultValue={value("startTime")}
            required
          />
          <TextField
            name="endDate"
            type="date"
            label={t("field.endDate")}
            errors={errors.endDate}
            defaultValue={value("endDate")}
            required
          />
          <TextField
            name="endTime"
            type="time"
            label={t("field.endTime")}
            errors={errors.endTime}
            defaultValue={value("endTime")}
            required
          />
          <SelectField
            ref={zone}
            name="timeZone"
            label={t("field.timeZone")}
            hint={t("hint.timeZone")}
            errors={errors.timeZone}
            defaultValue={value("timeZone")}
            onChange={() => {
              zoneTouched.current = true;
            }}
            options={choices.timeZones}
          />
          <TextField
            name="publishAt"
            type="datetime-local"
            label={t("field.publishAt")}
            hint={t("hint.publishAt")}
            errors={errors.publishAt}
            defaultValue={value("publishAt")}
          />
        </div>
      </FormSection>

      <FormSection id="meeting-where" title={t("fieldset.where")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="city"
            label={t("field.city")}
            errors={errors.city}
            defaultValue={value("city")}
            autoComplete="off"
          />
          <CityNameFields value={value} errors={errors} city={props.city} />
          <SelectField
            ref={countrySelect}
            name="countryCode"
            label={t("field.country")}
            errors={errors.countryCode}
            defaultValue={value("countryCode")}
            onChange={followPlace}
            options={[none, ...choices.countries]}
          />
          <SelectField
            ref={hostSelect}
            name="hostStructureId"
            label={t("field.host")}
            hint={t("hint.host")}
            errors={errors.hostStructureId}
            defaultValue={value("hostStructureId")}
            onChange={followPlace}
            options={[none, ...choices.structures]}
          />
          <SelectField
            name="organizerStructureId"
            label={t("field.organizer")}
            errors={errors.organizerStructureId}
            defaultValue={value("organizerStructureId")}
            options={[none, ...choices.structures]}
          />
          {choices.regionFixed ? (
            <div>
              <input type="hidden" name="regionId" value={choices.regionFixed.value} />
              <p className="block text-sm font-medium text-slate-800">{t("field.region")}</p>
              <p className="mt-1 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-900">
                {choices.regionFixed.label}
              </p>
              <p className="mt-1 text-xs text-slate-600">{t("hint.regionFixed")}</p>
            </div>
          ) : (
            <SelectField
              name="regionId"
              label={t("field.region")}
              errors={errors.regionId}
              defaultValue={value("regionId")}
              options={[{ value: "", label: t("noRegion") }, ...choices.regions]}
            />
          )}
        </div>
      </FormSection>

      <FormSection id="meeting-about" title={t("fieldset.meeting")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="kind"
            label={t("field.kind")}
            errors={errors.kind}
            defaultValue={value("kind")}
            options={meetingKinds.map((k) => ({ value: k, label: kinds(`kind.${k}`) }))}
          />
          <SelectField
            name="format"
            label={t("field.format")}
            errors={errors.format}
            defaultValue={value("format")}
            options={meetingFormats.map((f) => ({ value: f, label: kinds(`format.${f}`) }))}
          />
          <div className="sm:col-span-2">
            <TextField {...field("joinUrl")} type="url" label={t("field.joinUrl")} hint={t("hint.joinUrl")} />
            <div className="mt-2 flex items-start gap-2">
              <input
                id="field-joinUrlFromStartDay"
                type="checkbox"
                name="joinUrlFromStartDay"
                defaultChecked={value("joinUrlFromStartDay") === "on"}
                className="mt-1 size-4 shrink-0 accent-brand-700"
              />
              <label htmlFor="field-joinUrlFromStartDay" className="text-sm text-slate-800">
                {t("field.joinUrlFromStartDay")}
              </label>
            </div>
          </div>
          <SelectField
            name="seriesId"
            label={t("field.series")}
            errors={errors.seriesId}
            defaultValue={value("seriesId")}
            options={[none, ...choices.series]}
          />
          <TextField
            name="number"
            type="number"
            min={1}
            max={9999}
            inputMode="numeric"
            label={t("field.number")}
            hint={t("hint.number")}
            errors={errors.number}
            defaultValue={value("number")}
          />
          <TextField
            name="slug"
            label={t("field.slug")}
            hint={props.mode === "create" ? t("hint.slugNew") : t("hint.slugEdit")}
            errors={errors.slug}
            defaultValue={value("slug")}
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </FormSection>

      {props.extra}

      <SaveBar
        label={props.mode === "create" ? t("createDraft") : forms("save")}
        pendingLabel={forms("saving")}
        pending={pending}
        hint={props.mode === "create" ? t("createHint") : t("saveHint")}
      >
        {props.mode === "edit" && props.isPublic ? <NotifySubscribers /> : null}
      </SaveBar>
    </form>
  );
}
