import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import type { AppLocale } from "@/i18n/routing";
import { meetingEditorAccess } from "@/lib/auth/guard";
import {
  moveAgendaItemAction,
  moveSessionAction,
  removeAgendaItemAction,
  removeSessionAction,
} from "@/lib/actions/meeting-agenda";
import { timeZoneLabel } from "@/lib/content/format";
import { intlLocale } from "@/lib/content/intl-locale";
import { pickTranslation } from "@/lib/content/translation";
import { utcToLocalDateTime } from "@/lib/content/time-zone";
import { listAgendaItems } from "@/lib/data/meetings/manage-agenda";
import { listMeetingPeople, listSessions } from "@/lib/data/meetings/manage-sessions";
import { OrderedList } from "@/components/staff/editor/ordered-list";
import { AgendaItemForm } from "@/components/staff/meetings/agenda-item-form";
import { SessionForm } from "@/components/staff/meetings/session-form";
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
  const [items, sessions, people, t] = await Promise.all([
    listAgendaItems({ actor: user, meetingId: id }),
    listSessions({ actor: user, meetingId: id }),
    listMeetingPeople({ actor: user, meetingId: id }),
    getTranslations({ locale, namespace: "StaffMeetings" }),
  ]);
  // A person is offered by name; the public page names only those who consented.
  const personOptions = people.map((p) => ({
    value: p.id,
    label: p.publicConsent ? p.fullName : t("personNotPublic", { name: p.fullName }),
  }));
  const sessionTitle = (s: (typeof sessions)[number]) => pickTranslation(s.translations, locale)?.title ?? "";
  const choices = { sessions: sessions.map((s) => ({ value: s.id, label: sessionTitle(s) })), people: personOptions };
  const personName = new Map(people.map((p) => [p.id, p.fullName]));
  const time = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: meeting.timeZone,
    dateStyle: "medium",
    timeStyle: "short",
  });
  const ref = { meetingId: meeting.id, version: meeting.version };
  // A new item starts on the meeting's first day, at its start time: staff change the hour, not the date.
  const defaultStart = utcToLocalDateTime(meeting.startsAt, meeting.timeZone);
  // The zone as staff know it ("Kyrgyzstan Time (GMT+6)"), never its ID.
  const zone = timeZoneLabel(meeting.timeZone, meeting.startsAt, locale);
  return (
    <>
      <MeetingEditorHeader locale={locale} meeting={meeting} active="agenda" />
      <div className="space-y-10">
        <Section id="agenda-items" title={t("agendaTitle")}>
          <p className="text-sm text-slate-700">{t("agendaIntro", { timeZone: zone })}</p>
          <OrderedList
            rows={items.map((item, index) => {
              const text = pickTranslation(item.translations, locale);
              const title = text?.title ?? "";
              return {
                id: item.id,
                name: title,
                content: (
                  <>
                    <p className="text-xs font-medium tracking-wide text-brand-700 uppercase">
                      {t("itemNumber", { number: index + 1 })} ·{" "}
                      {item.startsAt ? (
                        <time dateTime={item.startsAt.toISOString()}>{time.format(item.startsAt)}</time>
                      ) : (
                        t("noTime")
                      )}
                      {item.endsAt ? (
                        <>
                          {" – "}
                          <time dateTime={item.endsAt.toISOString()}>{time.format(item.endsAt)}</time>
                        </>
                      ) : null}
                    </p>
                    {item.sessionId ? (
                      <p className="text-sm text-slate-700">
                        {t("field.session")}: {choices.sessions.find((s) => s.value === item.sessionId)?.label}
                      </p>
                    ) : null}
                    {item.speakers.length ? (
                      <p className="text-sm text-slate-700">
                        {t("field.speakers")}: {item.speakers.map((s) => personName.get(s.personId)).join("; ")}
                      </p>
                    ) : null}
                    <p className="font-semibold text-slate-900" lang={text?.locale} dir="auto">
                      {title}
                    </p>
                    {text?.description ? (
                      <p className="text-sm text-slate-700" lang={text.locale} dir="auto">
                        {text.description}
                      </p>
                    ) : null}
                  </>
                ),
                edit: {
                  label: t("editItem"),
                  form: (
                    <AgendaItemForm
                      {...ref}
                      timeZoneName={zone}
                      defaultStart={defaultStart}
                      choices={choices}
                      item={{
                        id: item.id,
                        startsAt: utcToLocalDateTime(item.startsAt, meeting.timeZone),
                        endsAt: utcToLocalDateTime(item.endsAt, meeting.timeZone),
                        sessionId: item.sessionId ?? "",
                        speakerIds: item.speakers.map((s) => s.personId),
                        texts: Object.fromEntries(
                          item.translations.map((tr) => [
                            tr.locale as AppLocale,
                            { title: tr.title, description: tr.description },
                          ]),
                        ),
                      }}
                    />
                  ),
                },
                remove: { action: removeAgendaItemAction, fields: { itemId: item.id } },
              };
            })}
            empty={t("agendaEmpty")}
            meeting={ref}
            move={{ action: moveAgendaItemAction, upLabel: t("moveUp"), downLabel: t("moveDown") }}
            remove={{ confirm: "dialog", label: t("remove"), question: t("confirmRemove") }}
          />
        </Section>
        <Section id="agenda-add" title={t("addAgendaItem")}>
          <div className="card sm:p-6">
            <AgendaItemForm {...ref} timeZoneName={zone} defaultStart={defaultStart} choices={choices} />
          </div>
        </Section>
        <Section id="agenda-sessions" title={t("sessionsTitle")}>
          <p className="text-sm text-slate-700">{t("sessionsIntro")}</p>
          <OrderedList
            rows={sessions.map((session) => ({
              id: session.id,
              name: sessionTitle(session),
              content: (
                <>
                  <p className="font-semibold text-slate-900" dir="auto">
                    {sessionTitle(session)}
                  </p>
                  <p className="text-sm text-slate-700">
                    {[
                      session.chairId ? `${t("field.chair")}: ${personName.get(session.chairId) ?? ""}` : "",
                      session.room,
                      session.link,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </>
              ),
              edit: {
                label: t("editSession"),
                form: (
                  <SessionForm
                    {...ref}
                    people={personOptions}
                    session={{
                      id: session.id,
                      chairId: session.chairId ?? "",
                      room: session.room,
                      link: session.link,
                      titles: Object.fromEntries(session.translations.map((tr) => [tr.locale, tr.title])),
                    }}
                  />
                ),
              },
              remove: { action: removeSessionAction, fields: { itemId: session.id } },
            }))}
            empty={t("sessionsEmpty")}
            meeting={ref}
            move={{ action: moveSessionAction, upLabel: t("moveUp"), downLabel: t("moveDown") }}
            remove={{ confirm: "dialog", label: t("remove"), question: t("confirmRemoveSession") }}
          />
          <div className="card sm:p-6">
            <h3 className="mb-3 font-semibold text-slate-900">{t("addSession")}</h3>
            <SessionForm {...ref} people={personOptions} />
          </div>
        </Section>
      </div>
    </>
  );
}
