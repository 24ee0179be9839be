"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { directionOf, locales, type AppLocale } from "@/i18n/routing";
import { addAgendaItemAction, updateAgendaItemAction } from "@/lib/actions/meeting-agenda";
import { itemLimits, itemTextName } from "@/lib/validation/meeting-items";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/form-fields";
import { LocaleTabs } from "./locale-tabs";

export type AgendaItemValues = { id: string; startsAt: string; texts: Partial<Record<AppLocale, { title: string; description: string }>> };

/** Adds an agenda item, or edits one: an optional start time and a title and description per language. */
export function AgendaItemForm({ meetingId, version, timeZone, item }: { meetingId: string; version: number; timeZone: string; item?: AgendaItemValues }) {
  const t = useTranslations("StaffMeetings");
  const forms = useTranslations("Forms");
  const languages = useTranslations("Languages");
  const [state, action, pending] = useActionState(item ? updateAgendaItemAction : addAgendaItemAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const value = (name: string, saved: string) => (failed?.values && name in failed.values ? String(failed.values[name] ?? "") : saved);
  const prefix = item ? `agenda-${item.id}` : "agenda-new";
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
      <div className="max-w-xs">
        <TextField
          id={`${prefix}-startsAt`}
          name="startsAt"
          type="datetime-local"
          label={t("field.startsAt")}
          hint={t("hint.startsAt", { timeZone })}
          errors={errors.startsAt}
          defaultValue={value("startsAt", item?.startsAt ?? "")}
        />
      </div>
      <LocaleTabs
        idPrefix={prefix}
        label={t("itemTexts")}
        errorsKey={state}
        tabs={locales.map((locale) => ({
          id: locale,
          label: languages(locale),
          lang: locale,
          hasError: !!(errors[itemTextName("title", locale)] ?? errors[itemTextName("description", locale)]),
          errorNote: t("tabHasErrors"),
        }))}
      >
        {(id) => {
          const locale = id as AppLocale;
          const saved = item?.texts[locale];
          return (
            <div className="space-y-3">
              <TextField
                id={`${prefix}-${itemTextName("title", locale)}`}
                name={itemTextName("title", locale)}
                label={t("field.title")}
                hint={locale === "en" ? t("hint.titleEnglish") : undefined}
                errors={errors[itemTextName("title", locale)]}
                defaultValue={value(itemTextName("title", locale), saved?.title ?? "")}
                maxLength={itemLimits.title}
                lang={locale}
                dir={directionOf(locale)}
              />
              <TextAreaField
                id={`${prefix}-${itemTextName("description", locale)}`}
                name={itemTextName("description", locale)}
                label={t("field.description")}
                errors={errors[itemTextName("description", locale)]}
                defaultValue={value(itemTextName("description", locale), saved?.description ?? "")}
                maxLength={itemLimits.description}
                rows={3}
                lang={locale}
                dir={directionOf(locale)}
              />
            </div>
          );
        }}
      </LocaleTabs>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? forms("saving") : item ? t("saveItem") : t("addItem")}
      </button>
    </form>
  );
}
