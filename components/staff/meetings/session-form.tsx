"use client";

import { useTranslations } from "next-intl";
import { directionOf, type AppLocale } from "@/i18n/routing";
import { addSessionAction, updateSessionAction } from "@/lib/actions/meeting-agenda";
import type { Option } from "@/lib/data/list-options";
import { localeFieldName } from "@/lib/validation/form-fields";
import { itemLimits } from "@/lib/validation/meeting-items";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { LocaleTabs } from "@/components/staff/editor/locale-tabs";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { buttonClass } from "@/components/ui/button";

export type SessionValues = {
  id: string;
  chairId: string;
  room: string;
  link: string;
  titles: Partial<Record<AppLocale, string>>;
};

/** Adds a session of the timetable, or edits one: a title per language, a chair, a room or a link. */
export function SessionForm({
  meetingId,
  version,
  people,
  session,
}: {
  meetingId: string;
  version: number;
  people: Option[];
  session?: SessionValues;
}) {
  const t = useTranslations("StaffMeetings");
  const forms = useTranslations("Forms");
  const initial: Record<string, string> = {
    chairId: session?.chairId ?? "",
    room: session?.room ?? "",
    link: session?.link ?? "",
  };
  for (const [locale, title] of Object.entries(session?.titles ?? {}))
    initial[localeFieldName(locale as AppLocale, "title")] = title ?? "";
  const { state, formAction, pending, errors, field } = useEditorForm(
    session ? updateSessionAction : addSessionAction,
    initial,
  );
  const prefix = session ? `session-${session.id}` : "session-new";
  const id = (name: string) => `${prefix}-${name}`;
  const labels = {
    chairId: t("field.chair"),
    room: t("field.room"),
    link: t("field.link"),
    "t.*.title": t("field.title"),
  };
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert state={state} labels={labels} idFor={id} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      {session ? <input type="hidden" name="itemId" value={session.id} /> : null}
      <LocaleTabs label={t("sessionTitles")} errors={errors}>
        {(locale) => {
          const title = localeFieldName(locale, "title");
          return (
            <TextField
              {...field(title, id)}
              label={t("field.title")}
              hint={locale === "en" ? t("hint.titleEnglish") : undefined}
              maxLength={itemLimits.title}
              lang={locale}
              dir={directionOf(locale)}
            />
          );
        }}
      </LocaleTabs>
      <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
        <SelectField
          {...field("chairId", id)}
          label={t("field.chair")}
          options={[{ value: "", label: t("noChair") }, ...people]}
        />
        <TextField {...field("room", id)} label={t("field.room")} maxLength={itemLimits.title} />
        <TextField {...field("link", id)} type="url" label={t("field.link")} hint={t("hint.sessionLink")} />
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? forms("saving") : session ? t("saveSession") : t("addSessionButton")}
      </button>
    </form>
  );
}
