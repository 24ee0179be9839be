"use client";

import { useTranslations } from "next-intl";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { addAgendaItemAction, updateAgendaItemAction } from "@/lib/actions/meeting-agenda";
import { localeFieldName } from "@/lib/validation/form-fields";
import { itemLimits } from "@/lib/validation/meeting-items";
import { TextAreaField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { LocaleTabs } from "@/components/staff/editor/locale-tabs";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { buttonClass } from "@/components/ui/button";

export type AgendaItemValues = {
  id: string;
  startsAt: string;
  texts: Partial<Record<AppLocale, { title: string; description: string }>>;
};

/**
 * Adds an agenda item, or edits one: a start time (a new item starts on the
 * meeting's first day) and a title and description per language.
 */
export function AgendaItemForm({
  meetingId,
  version,
  timeZoneName,
  defaultStart,
  item,
}: {
  meetingId: string;
  version: number;
  /** The meeting's zone named for the reader (timeZoneLabel), for the hint. */
  timeZoneName: string;
  defaultStart: string;
  item?: AgendaItemValues;
}) {
  const t = useTranslations("StaffMeetings");
  const forms = useTranslations("Forms");
  const initial: Record<string, string> = { startsAt: item ? item.startsAt : defaultStart };
  for (const [locale, text] of Object.entries(item?.texts ?? {})) {
    initial[localeFieldName(locale as AppLocale, "title")] = text?.title ?? "";
    initial[localeFieldName(locale as AppLocale, "description")] = text?.description ?? "";
  }
  const { state, formAction, pending, errors, value } = useEditorForm(
    item ? updateAgendaItemAction : addAgendaItemAction,
    initial,
  );
  const prefix = item ? `agenda-${item.id}` : "agenda-new";
  const id = (name: string) => `${prefix}-${name}`;
  const labels = {
    startsAt: t("field.startsAt"),
    "t.*.title": t("field.title"),
    "t.*.description": t("field.description"),
  };
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert state={state} labels={labels} idFor={id} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
      <div className="max-w-xs">
        <TextField
          id={id("startsAt")}
          name="startsAt"
          type="datetime-local"
          label={t("field.startsAt")}
          hint={t("hint.startsAt", { timeZone: timeZoneName })}
          errors={errors.startsAt}
          defaultValue={value("startsAt")}
        />
      </div>
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
