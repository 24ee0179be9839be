"use client";

import { useTranslations } from "next-intl";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { addAgendaItemAction, updateAgendaItemAction } from "@/lib/actions/meeting-agenda";
import { localeFieldName } from "@/lib/validation/form-fields";
import { itemLimits } from "@/lib/validation/meeting-items";
import type { Option } from "@/lib/data/list-options";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { CheckboxGroup } from "@/components/staff/editor/checkbox-group";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { LocaleTabs } from "@/components/staff/editor/locale-tabs";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { buttonClass } from "@/components/ui/button";

export type AgendaItemValues = {
  id: string;
  startsAt: string;
  endsAt: string;
  sessionId: string;
  speakerIds: string[];
  texts: Partial<Record<AppLocale, { title: string; description: string }>>;
};

/** The sessions and people an item may name: the meeting's own. */
export type AgendaChoices = { sessions: Option[]; people: Option[] };

/**
 * Adds an agenda item, or edits one: its start and end times (a new item
 * starts on the meeting's first day), its session and speakers (people of
 * the meeting's attendees), and a title and description per language.
 */
export function AgendaItemForm({
  meetingId,
  version,
  timeZoneName,
  defaultStart,
  item,
  choices,
}: {
  meetingId: string;
  version: number;
  /** The meeting's zone named for the reader (timeZoneLabel), for the hint. */
  timeZoneName: string;
  defaultStart: string;
  item?: AgendaItemValues;
  choices: AgendaChoices;
}) {
  const t = useTranslations("StaffMeetings");
  const forms = useTranslations("Forms");
  const initial: Record<string, string> = {
    startsAt: item ? item.startsAt : defaultStart,
    endsAt: item?.endsAt ?? "",
    sessionId: item?.sessionId ?? "",
  };
  for (const [locale, text] of Object.entries(item?.texts ?? {})) {
    initial[localeFieldName(locale as AppLocale, "title")] = text?.title ?? "";
    initial[localeFieldName(locale as AppLocale, "description")] = text?.description ?? "";
  }
  const { state, formAction, pending, errors, value, values, field } = useEditorForm(
    item ? updateAgendaItemAction : addAgendaItemAction,
    initial,
  );
  const prefix = item ? `agenda-${item.id}` : "agenda-new";
  const id = (name: string) => `${prefix}-${name}`;
  const labels = {
    startsAt: t("field.startsAt"),
    endsAt: t("field.endsAt"),
    sessionId: t("field.session"),
    speakerIds: t("field.speakers"),
    "t.*.title": t("field.title"),
    "t.*.description": t("field.description"),
  };
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert state={state} labels={labels} idFor={id} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
      <div className="grid max-w-xl gap-4 sm:grid-cols-2">
        <TextField
          {...field("startsAt", id)}
          type="datetime-local"
          label={t("field.startsAt")}
          hint={t("hint.startsAt", { timeZone: timeZoneName })}
        />
        <TextField {...field("endsAt", id)} type="datetime-local" label={t("field.endsAt")} />
      </div>
      {choices.sessions.length ? (
        <div className="max-w-xl">
          <SelectField
            {...field("sessionId", id)}
            label={t("field.session")}
            options={[{ value: "", label: t("noSession") }, ...choices.sessions]}
          />
        </div>
      ) : null}
      {choices.people.length ? (
        <CheckboxGroup
          id={id("speakerIds")}
          name="speakerIds"
          legend={t("field.speakers")}
          options={choices.people}
          defaultSelected={values("speakerIds", item?.speakerIds ?? [])}
          errors={errors.speakerIds}
        />
      ) : null}
      <LocaleTabs label={t("itemTexts")} errors={errors}>
        {(locale) => {
          const title = localeFieldName(locale, "title");
          const description = localeFieldName(locale, "description");
          return (
            <div className="space-y-3">
              <TextField
                id={id(title)}
                name={title}
                label={t("field.title")}
                hint={locale === "en" ? t("hint.titleEnglish") : undefined}
                errors={errors[title]}
                defaultValue={value(title)}
                maxLength={itemLimits.title}
                lang={locale}
                dir={directionOf(locale)}
              />
              <TextAreaField
                id={id(description)}
                name={description}
                label={t("field.description")}
                errors={errors[description]}
                defaultValue={value(description)}
                maxLength={itemLimits.description}
                rows={3}
                lang={locale}
                dir={directionOf(locale)}
              />
            </div>
          );
        }}
      </LocaleTabs>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? forms("saving") : item ? t("saveItem") : t("addItem")}
      </button>
    </form>
  );
}
