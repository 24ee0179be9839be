import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import type { AppLocale } from "@/i18n/routing";
import { meetingEditorAccess } from "@/lib/auth/guard";
import { moveAgendaItemAction, removeAgendaItemAction } from "@/lib/actions/meeting-agenda";
import { intlLocale } from "@/lib/content/intl-locale";
import { pickTranslation } from "@/lib/content/translation";
import { utcToLocalDateTime } from "@/lib/content/time-zone";
import { listAgendaItems } from "@/lib/data/meetings/manage-agenda";
import { ActionButton } from "@/components/staff/editor/action-button";
import { AgendaItemForm } from "@/components/staff/meetings/agenda-item-form";
import { MeetingEditorHeader } from "@/components/staff/meetings/meeting-editor-header";
import { Section } from "@/components/ui/section";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  return { title: t("agendaTitle"), robots: { index: false } };
}

export default async function MeetingAgendaPage({ params }: Props) {
  const { locale, id, user, meeting } = await meetingEditorAccess(params);
  const [items, t] = await Promise.all([
    listAgendaItems({ actor: user, meetingId: id }),
    getTranslations({ locale, namespace: "StaffMeetings" }),
  ]);
  const time = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: meeting.timeZone,
    dateStyle: "medium",
    timeStyle: "short",
  });
  const ref = { meetingId: meeting.id, version: meeting.version };
  const last = items.length - 1;
  // A new item starts on the meeting's first day, at its start time: staff change the hour, not the date.
  const defaultStart = utcToLocalDateTime(meeting.startsAt, meeting.timeZone);
  return (
    <>
      <MeetingEditorHeader locale={locale} meeting={meeting} active="agenda" />
      <div className="space-y-10">
        <Section id="agenda-items" title={t("agendaTitle")}>
          <p className="text-sm text-slate-700">{t("agendaIntro", { timeZone: meeting.timeZone })}</p>
          {items.length ? (
            <ol className="space-y-3">
              {items.map((item, index) => {
                const text = pickTranslation(item.translations, locale);
                const title = text?.title ?? "";
                return (
                  <li key={item.id} className="card">
                    <div className="flex flex-wrap items-start justify-between gap-3">
                      <div className="min-w-0 flex-1 basis-64">
                        <p className="text-xs font-medium tracking-wide text-brand-700 uppercase">
                          {t("itemNumber", { number: index + 1 })} ·{" "}
                          {item.startsAt ? (
                            <time dateTime={item.startsAt.toISOString()}>{time.format(item.startsAt)}</time>
                          ) : (
                            t("noTime")
                          )}
                        </p>
                        <p className="font-semibold text-slate-900" lang={text?.locale} dir="auto">
                          {title}
                        </p>
                        {text?.description ? (
                          <p className="text-sm text-slate-700" lang={text.locale} dir="auto">
                            {text.description}
                          </p>
                        ) : null}
                      </div>
                      <div className="flex flex-wrap gap-2">
                        {index > 0 ? (
                          <ActionButton
                            action={moveAgendaItemAction}
                            fields={{ ...ref, itemId: item.id, direction: "up" }}
                            label={t("moveUp")}
                            detail={title}
                          />
                        ) : null}
                        {index < last ? (
                          <ActionButton
                            action={moveAgendaItemAction}
                            fields={{ ...ref, itemId: item.id, direction: "down" }}
                            label={t("moveDown")}
                            detail={title}
                          />
                        ) : null}
                        <ActionButton
                          action={removeAgendaItemAction}
                          fields={{ ...ref, itemId: item.id }}
                          label={t("remove")}
                          detail={title}
                          confirmText={t("confirmRemove")}
                          variant="danger"
                        />
                      </div>
                    </div>
                    <details className="mt-3">
                      <summary className="cursor-pointer text-sm font-medium text-brand-800 underline">
                        {t("editItem")}
                        <span className="sr-only">: {title}</span>
                      </summary>
                      <div className="mt-3">
                        <AgendaItemForm
                          {...ref}
                          timeZone={meeting.timeZone}
                          defaultStart={defaultStart}
                          item={{
                            id: item.id,
                            startsAt: utcToLocalDateTime(item.startsAt, meeting.timeZone),
                            texts: Object.fromEntries(
                              item.translations.map((tr) => [
                                tr.locale as AppLocale,
                                { title: tr.title, description: tr.description },
                              ]),
                            ),
                          }}
                        />
                      </div>
                    </details>
                  </li>
                );
              })}
            </ol>
          ) : (
            <p className="rounded border border-slate-200 bg-white p-6 text-slate-700">{t("agendaEmpty")}</p>
          )}
        </Section>
        <Section id="agenda-add" title={t("addAgendaItem")}>
          <div className="card sm:p-6">
            <AgendaItemForm {...ref} timeZone={meeting.timeZone} defaultStart={defaultStart} />
          </div>
        </Section>
      </div>
    </>
  );
}
